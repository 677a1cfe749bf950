"use client";

import type { InputHTMLAttributes, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const fieldClass =
  "mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 text-base aria-[invalid]:border-red-700";
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-slate-900 hover:border-brand-700 disabled:opacity-70";

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {hint}
    </p>
  ) : null;
}

/** A field's label with its hint and error, which the field names in aria-describedby. */
export function Label({ id, label, hint, error }: { id: string; label: string; hint?: string; error?: string }) {
  return (
    <>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      <Hint id={id} hint={hint} />
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  className = "",
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <div className={className}>
      <Label id={id} label={label} hint={hint} error={error} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={fieldClass}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  className = "",
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <div className={className}>
      <Label id={id} label={label} hint={hint} error={error} />
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${fieldClass} py-2`}
        rows={3}
        {...area}
      />
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  hint,
  className = "",
  ...input
}: Omit<Common, "error"> & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <div className={`flex items-start gap-3 ${className}`}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-6 shrink-0 accent-brand-700"
        {...input}
      />
      <div>
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label}
        </label>
        <Hint id={id} hint={hint} />
      </div>
    </div>
  );
}

/** A message after a save or a failure, announced to screen readers. */
export function FormStatus({ kind, children }: { kind: "saved" | "failed"; children: React.ReactNode }) {
  const look = kind === "saved" ? "border-brand-700 bg-brand-50" : "border-red-700 bg-red-50";
  return (
    <p
      role={kind === "failed" ? "alert" : "status"}
      className={`rounded-lg border-2 p-3 font-semibold text-slate-900 ${look}`}
    >
      {children}
    </p>
  );
}
