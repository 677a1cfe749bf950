"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useRef, useState } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";

import { waitlistRequestSchema, type WaitlistRequest } from "@/lib/waitlist/schemas";

import { savedField } from "@/app/_components/saved-field";
import { sendForm } from "@/app/_components/send-form";
import { useHydrated } from "@/app/_components/use-hydrated";
import { joinWaitlistAction, type WaitlistRefusal } from "../actions";

interface Props {
  type: { slug: string; name: string };
  therapists: { id: string; displayName: string }[];
  defaults: { therapistId: string; from: string; to: string };
  /** The dates that can be chosen, today to the booking horizon, each with its label in words. */
  dates: { value: string; label: string }[];
  clinicPhone: string;
  formStamp: string;
}

// As the booking form: the server refuses a form sent sooner than this after it was shown.
const MIN_FILL_MS = 3_200;
const INPUT =
  "mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3 text-base aria-[invalid]:border-red-700";

function Field(p: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: object) => React.ReactNode;
}) {
  const describedBy = [p.hint && `${p.id}-hint`, p.error && `${p.id}-error`].filter(Boolean).join(" ");
  return (
    <div className="mt-5">
      <label htmlFor={p.id} className="block font-semibold text-slate-900">
        {p.label}
      </label>
      {p.hint && (
        <p id={`${p.id}-hint`} className="text-sm text-slate-700">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={`${p.id}-error`} className="mt-1 font-semibold text-red-700">
          {p.error}
        </p>
      )}
      {p.children({
        id: p.id,
        "aria-invalid": p.error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
    </div>
  );
}

export function WaitlistForm({ type, therapists, defaults, dates, clinicPhone, formStamp }: Props) {
  const formId = useId();
  const [shownAt] = useState(() => Date.now());
  const [problem, setProblem] = useState<string | null>(null);
  const [joined, setJoined] = useState<WaitlistRequest | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const target = doneRef.current ?? noticeRef.current;
    target?.focus();
    target?.scrollIntoView({ block: "start" });
  }, [problem, joined]);
  const { register, handleSubmit, formState, setError } = useForm<WaitlistRequest>({
    resolver: zodResolver(waitlistRequestSchema),
    defaultValues: { type: type.slug, ...defaults, patient: { name: "", email: "", phone: "" } },
  });
  const field = savedField(register, defaults);
  const hydrated = useHydrated();
  const errors = formState.errors;
  const id = (name: string) => `${formId}-${name}`;
  const input = (reg: UseFormRegisterReturn, kind: string, autoComplete: string) =>
    function Input(aria: object) {
      return <input type={kind} autoComplete={autoComplete} className={INPUT} {...aria} {...reg} />;
    };

  const onSubmit = handleSubmit(async (request, event) => {
    setProblem(null);
    const website =
      event?.target instanceof HTMLFormElement ? String(new FormData(event.target).get("website") ?? "") : "";
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, shownAt + MIN_FILL_MS - Date.now())));
    const done = await sendForm(
      () => joinWaitlistAction({ ...request, website, formStamp }),
      { setError, fields: ["therapistId", "from", "to", "patient"] },
      (p: string | WaitlistRefusal) =>
        setProblem(
          typeof p === "string"
            ? p
            : p.reason === "busy"
              ? `We have had a lot of requests from your connection in the last hour. Please try again in ${p.retryAfterMinutes} minutes, or call us on ${clinicPhone}. Your details are still here.`
              : `Sorry, we could not take this online. Please call us on ${clinicPhone}.`,
        ),
    );
    if (done) setJoined(request);
  });

  if (joined) {
    return (
      <div className="mt-8 rounded-xl border-2 border-brand-700 bg-brand-50 p-5">
        {/* The heading takes focus, so a screen reader announces the outcome and a phone scrolls to it. */}
        <h2 ref={doneRef} tabIndex={-1} className="scroll-mt-4 text-2xl font-bold text-slate-900">
          You&apos;re on the waitlist
        </h2>
        <p className="mt-2 text-lg text-slate-900">
          We will e-mail {joined.patient.email} as soon as a time comes free for {type.name.toLowerCase()}. The first
          person waiting gets each time, held for 30 minutes; one press books it.
        </p>
        <p className="mt-2 text-slate-700">The e-mail we have just sent has a link to leave the list.</p>
      </div>
    );
  }

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      data-hydrated={hydrated}
      aria-labelledby={id("heading")}
      className="mt-6 max-w-xl"
    >
      <h2 id={id("heading")} className="text-2xl font-bold text-slate-900">
        Tell me if a time comes free
      </h2>
      {problem && (
        <div
          ref={noticeRef}
          role="alert"
          tabIndex={-1}
          className="mt-4 rounded-xl border-2 border-amber-600 bg-amber-50 p-4"
        >
          {problem}
        </div>
      )}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={id("website")}>Leave this empty</label>
        <input id={id("website")} type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <Field id={id("therapist")} label="Therapist" error={errors.therapistId?.message}>
        {(aria) => (
          <select className={INPUT} {...aria} {...field("therapistId")}>
            <option value="any">Any therapist</option>
            {therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.displayName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* Dates in words, never a date picker's digits (9/1 or 1/9?). */}
      {(
        [
          ["from", "First day you could come", undefined],
          ["to", "Last day you could come", "Up to 31 days after the first."],
        ] as const
      ).map(([name, label, hint]) => (
        <Field key={name} id={id(name)} label={label} hint={hint} error={errors[name]?.message}>
          {(aria) => (
            <select className={INPUT} {...aria} {...field(name)}>
              {dates.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <Field id={id("name")} label="Full name" error={errors.patient?.name?.message}>
        {input(register("patient.name"), "text", "name")}
      </Field>
      <Field
        id={id("email")}
        label="E-mail address"
        hint="We e-mail free times here, with a link to leave the list."
        error={errors.patient?.email?.message}
      >
        {input(register("patient.email"), "email", "email")}
      </Field>
      <Field id={id("phone")} label="Phone number" error={errors.patient?.phone?.message}>
        {input(register("patient.phone"), "tel", "tel")}
      </Field>
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {formState.isSubmitting ? "Sending…" : "Put me on the waitlist"}
      </button>
    </form>
  );
}
