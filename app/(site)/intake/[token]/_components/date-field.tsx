"use client";

import { useImperativeHandle, useRef, type Ref } from "react";

import { DATE_PARTS, dateParts, datePartsToMark, type DatePart } from "@/lib/intake/date-input";
import type { DateQuestion } from "@/lib/intake/question-types";

/** Something the form can move focus to when the answer is wrong. */
export interface Focusable {
  focus(): void;
}

const LABELS: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };
// Widths for 2, 2 and 4 characters, as the GOV.UK date input sizes its boxes.
const WIDTHS: Record<DatePart, string> = { day: "w-[3ch]", month: "w-[3ch]", year: "w-[5ch]" };

/**
 * The GOV.UK Design System's date input: Day, Month and Year boxes, kept as typed
 * (the schema reads them into "YYYY-MM-DD"). Only the boxes at fault are marked,
 * and the form's focus on an error goes to the first of them.
 */
export function DateField({
  question,
  value,
  onChange,
  error,
  focusRef,
}: {
  question: DateQuestion;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
  focusRef?: Ref<Focusable>;
}) {
  const id = `q-${question.id}`;
  const parts = dateParts(value);
  const marked = error ? datePartsToMark(value) : [];
  const boxes = useRef<Partial<Record<DatePart, HTMLInputElement | null>>>({});
  useImperativeHandle(focusRef, () => ({ focus: () => boxes.current[datePartsToMark(value)[0] ?? "day"]?.focus() }), [
    value,
  ]);
  const birth = question.rule.kind === "birth";

  return (
    <div className="flex flex-wrap gap-4">
      {DATE_PARTS.map((part) => (
        <div key={part}>
          <label htmlFor={`${id}-${part}`} className="block text-lg text-slate-900">
            {LABELS[part]}
          </label>
          <input
            ref={(element) => {
              boxes.current[part] = element;
            }}
            id={`${id}-${part}`}
            type="text"
            inputMode="numeric"
            autoComplete={birth ? `bday-${part}` : "off"}
            spellCheck={false}
            value={parts[part]}
            onChange={(event) => onChange({ ...parts, [part]: event.target.value })}
            aria-invalid={marked.includes(part) ? true : undefined}
            className={`mt-1 block min-h-11 ${WIDTHS[part]} box-content rounded-lg border-2 px-2 text-lg ${
              marked.includes(part) ? "border-red-700 ring-2 ring-red-700" : "border-slate-500"
            }`}
          />
        </div>
      ))}
    </div>
  );
}
