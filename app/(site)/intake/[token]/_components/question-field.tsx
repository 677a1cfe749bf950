"use client";

import type { Ref } from "react";

import type { PsfsRow, QuestionDef } from "@/lib/intake/question-types";

import { BodyPicture, isPictured } from "./body-picture";
import { DateField, type Focusable } from "./date-field";
import { ScaleField, scaleLabelsId } from "./scale-field";

interface Props {
  question: QuestionDef;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  /** Where the form moves focus when this answer is wrong (react-hook-form's field ref). */
  inputRef?: (target: Focusable | null) => void;
}

const box =
  "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-4 py-2 text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";

/** One question, drawn from its definition: the same data decides wording, options and checks. */
export function QuestionField({ question: q, value, onChange, error, inputRef }: Props) {
  const id = `q-${q.id}`;
  const hintId = q.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const scaleId = q.type === "int" ? scaleLabelsId(q) : undefined;
  const describedBy = [hintId, scaleId, errorId].filter(Boolean).join(" ") || undefined;
  // A date marks only the boxes at fault, not the whole group.
  const groupInvalid = error && q.type !== "date" ? true : undefined;
  const head = (
    <>
      {q.hint && (
        <p id={hintId} className="mt-1 text-slate-700">
          {q.hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 font-semibold text-red-700">
          {error}
        </p>
      )}
    </>
  );
  const group = (children: React.ReactNode) => (
    <fieldset className="mt-8" aria-describedby={describedBy} aria-invalid={groupInvalid} data-question={q.id}>
      <legend className="text-xl font-semibold text-slate-900">
        {q.text}
        {!q.required && <span className="font-normal text-slate-700"> (optional)</span>}
      </legend>
      {head}
      <div className="mt-3">{children}</div>
    </fieldset>
  );

  switch (q.type) {
    case "choice": {
      // The region question is a body picture; what it cannot show ("somewhere else") stays a plain radio.
      const picture = q.id === "region";
      const listed = picture ? q.options.filter((o) => !isPictured(o.code)) : q.options;
      return group(
        <>
          {picture && (
            <BodyPicture name={q.id} options={q.options} value={value} onChange={onChange} inputRef={inputRef} />
          )}
          <div className={`grid gap-2 sm:grid-cols-2 ${picture ? "mt-4" : ""}`}>
            {listed.map((o, i) => (
              <label key={o.code} className={box}>
                <input
                  ref={i === 0 && !picture ? inputRef : undefined}
                  type="radio"
                  name={q.id}
                  value={o.code}
                  checked={value === o.code}
                  onChange={() => onChange(o.code)}
                  className="size-5"
                />
                {o.label}
              </label>
            ))}
          </div>
        </>,
      );
    }
    case "multi": {
      const chosen = Array.isArray(value) ? (value as string[]) : undefined;
      return group(
        <div className="grid gap-2 sm:grid-cols-2">
          {q.options.map((o, i) => (
            <label key={o.code} className={box}>
              <input
                ref={i === 0 ? inputRef : undefined}
                type="checkbox"
                checked={chosen?.includes(o.code) ?? false}
                onChange={(e) =>
                  onChange(e.target.checked ? [...(chosen ?? []), o.code] : (chosen ?? []).filter((c) => c !== o.code))
                }
                className="size-5"
              />
              {o.label}
            </label>
          ))}
          {q.mayBeEmpty && (
            <label className={box}>
              <input
                type="checkbox"
                checked={chosen !== undefined && chosen.length === 0}
                onChange={(e) => onChange(e.target.checked ? [] : undefined)}
                className="size-5"
              />
              {q.noneLabel ?? "None of these"}
            </label>
          )}
        </div>,
      );
    }
    case "bool":
      if (q.mustBeTrue) {
        return group(
          <label className={box}>
            <input
              ref={inputRef}
              type="checkbox"
              checked={value === true}
              onChange={(e) => onChange(e.target.checked ? true : undefined)}
              className="size-5"
            />
            Yes, I agree
          </label>,
        );
      }
      return group(
        <div className="flex flex-wrap gap-2">
          {[true, false].map((v, i) => (
            <label key={String(v)} className={`${box} min-w-28`}>
              <input
                ref={i === 0 ? inputRef : undefined}
                type="radio"
                name={q.id}
                checked={value === v}
                onChange={() => onChange(v)}
                className="size-5"
              />
              {v ? "Yes" : "No"}
            </label>
          ))}
        </div>,
      );
    case "int":
      return group(<ScaleField question={q} value={value} onChange={onChange} inputRef={inputRef} />);
    case "psfs":
      return group(
        <PsfsRows
          value={Array.isArray(value) ? (value as PsfsRow[]) : []}
          onChange={onChange}
          max={q.maxRows}
          inputRef={inputRef}
        />,
      );
    case "date":
      return group(<DateField question={q} value={value} onChange={onChange} error={error} focusRef={inputRef} />);
    case "text":
      return (
        <div className="mt-8" data-question={q.id}>
          <label htmlFor={id} className="block text-xl font-semibold text-slate-900">
            {q.text}
            {!q.required && <span className="font-normal text-slate-700"> (optional)</span>}
          </label>
          {head}
          {q.type === "text" && q.maxLength > 100 ? (
            <textarea
              id={id}
              rows={3}
              value={typeof value === "string" ? value : ""}
              onChange={(e) => onChange(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className="mt-2 block w-full rounded-lg border border-slate-400 px-3 py-2 text-lg"
            />
          ) : (
            <input
              ref={inputRef}
              id={id}
              type="text"
              value={typeof value === "string" ? value : ""}
              onChange={(e) => onChange(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className="mt-2 block min-h-11 w-full max-w-md rounded-lg border border-slate-400 px-3 text-lg"
            />
          )}
        </div>
      );
  }
}

function PsfsRows({
  value,
  onChange,
  max,
  inputRef,
}: {
  value: PsfsRow[];
  onChange: (v: unknown) => void;
  max: number;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const rows = value.length > 0 ? value : [{ activity: "", score: Number.NaN }];
  const set = (i: number, row: Partial<PsfsRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <div className="space-y-4">
      {rows.map((row, i) => (
        <div key={i} className="rounded-xl border border-slate-200 p-4">
          <label className="block font-semibold text-slate-900" htmlFor={`psfs-${i}-activity`}>
            Activity {i + 1}
          </label>
          <input
            ref={i === 0 ? inputRef : undefined}
            id={`psfs-${i}-activity`}
            type="text"
            value={row.activity}
            onChange={(e) => set(i, { activity: e.target.value })}
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 px-3 text-lg"
          />
          <label className="mt-3 block font-semibold text-slate-900" htmlFor={`psfs-${i}-score`}>
            How well can you do it now? (0 = not at all, 10 = as well as before)
          </label>
          <select
            id={`psfs-${i}-score`}
            value={Number.isNaN(row.score) ? "" : String(row.score)}
            onChange={(e) => set(i, { score: e.target.value === "" ? Number.NaN : Number(e.target.value) })}
            className="mt-1 block min-h-11 rounded-lg border border-slate-400 px-3 text-lg"
          >
            <option value="">Choose a score</option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          {rows.length > 1 && (
            <button
              type="button"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              className="mt-3 min-h-11 text-brand-800 underline"
            >
              Remove activity {i + 1}
            </button>
          )}
        </div>
      ))}
      {rows.length < max && (
        <button
          type="button"
          onClick={() => onChange([...rows, { activity: "", score: Number.NaN }])}
          className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800"
        >
          Add another activity
        </button>
      )}
    </div>
  );
}
