"use client";

import type { Ref } from "react";

import type { IntQuestion } from "@/lib/intake/question-types";

/** The id of a scale's end labels, which describe its group (said once, not in every option's name). */
export const scaleLabelsId = (question: IntQuestion) =>
  question.minLabel || question.maxLabel ? `q-${question.id}-scale` : undefined;

/**
 * A 0–10 scale in one row, even at 375 px: one labelled radio per number, its end
 * labels under its two ends.
 */
export function ScaleField({
  question: q,
  value,
  onChange,
  inputRef,
}: {
  question: IntQuestion;
  value: unknown;
  onChange: (value: unknown) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const numbers = Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i);
  const labelsId = scaleLabelsId(q);
  return (
    <>
      <div className="grid gap-1 sm:gap-2" style={{ gridTemplateColumns: `repeat(${numbers.length}, minmax(0, 1fr))` }}>
        {numbers.map((n) => (
          <label
            key={n}
            className="flex min-h-12 cursor-pointer items-center justify-center rounded-lg border-2 border-slate-400 text-lg font-bold text-slate-900 has-[:checked]:border-brand-800 has-[:checked]:bg-brand-700 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-800 sm:text-xl"
          >
            <input
              ref={n === q.min ? inputRef : undefined}
              type="radio"
              name={q.id}
              checked={value === n}
              onChange={() => onChange(n)}
              className="sr-only"
            />
            {n}
          </label>
        ))}
      </div>
      {labelsId && (
        <p id={labelsId} className="mt-2 flex justify-between gap-4 text-sm text-slate-700">
          <span>{q.minLabel}</span>
          <span className="text-right">{q.maxLabel}</span>
        </p>
      )}
    </>
  );
}
