import { isCalendarDate, MONTH_NAMES } from "../calendar/dates";

// A date question's answer while the patient types it: three boxes, Day, Month and
// Year, kept exactly as typed (drafts hold them, so a reload loses nothing), and
// read into the stored "YYYY-MM-DD" only when every box makes a real date. The
// problems follow the GOV.UK Design System's date input.

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** What is in the Day, Month and Year boxes. */
export type DateParts = { readonly [P in DatePart]: string };

export type DateProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "missing"; readonly parts: readonly DatePart[] }
  | { readonly kind: "short_year" }
  | { readonly kind: "not_real"; readonly parts: readonly DatePart[] };

export type DateReading =
  { readonly ok: true; readonly date: string } | { readonly ok: false; readonly problem: DateProblem };

const EMPTY: DateParts = { day: "", month: "", year: "" };

/** The boxes for an answer: as typed, or a stored "YYYY-MM-DD" written out without leading zeros. */
export function dateParts(value: unknown): DateParts {
  if (typeof value === "string") {
    if (!isCalendarDate(value)) return EMPTY;
    const [year, month, day] = value.split("-") as [string, string, string];
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  if (typeof value !== "object" || value === null) return EMPTY;
  const typed = value as Partial<Record<DatePart, unknown>>;
  const text = (part: DatePart) =>
    typeof typed[part] === "string" || typeof typed[part] === "number" ? String(typed[part]) : "";
  return { day: text("day"), month: text("month"), year: text("year") };
}

/** True when nothing was typed: no answer, a blank text, or three empty boxes. */
export function isBlankDate(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value !== "object") return false;
  const parts = dateParts(value);
  return DATE_PARTS.every((part) => parts[part].trim() === "");
}

/** 1–12 from "3", "03", "March" or "mar"; undefined for anything else. */
function monthNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const word = text.toLowerCase();
  const index = word.length >= 3 ? MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(word)) : -1;
  return index >= 0 ? index + 1 : undefined;
}

/**
 * A date answer read as the stored "YYYY-MM-DD", or the first problem with it:
 * nothing typed, boxes left empty, a year of fewer than 4 numbers, or no such date
 * (naming the boxes at fault: the day of 31 April). Accepts the stored form too.
 */
export function readDate(value: unknown): DateReading {
  if (typeof value === "string" && isCalendarDate(value)) return { ok: true, date: value };
  if (isBlankDate(value)) return { ok: false, problem: { kind: "empty" } };
  if (typeof value !== "object" || value === null)
    return { ok: false, problem: { kind: "not_real", parts: DATE_PARTS } };
  const typed = dateParts(value);
  const trimmed = { day: typed.day.trim(), month: typed.month.trim(), year: typed.year.trim() };
  const missing = DATE_PARTS.filter((part) => trimmed[part] === "");
  if (missing.length > 0) return { ok: false, problem: { kind: "missing", parts: missing } };
  const day = /^\d{1,2}$/.test(trimmed.day) ? Number(trimmed.day) : 0;
  const month = monthNumber(trimmed.month) ?? 0;
  const yearOk = /^\d{1,4}$/.test(trimmed.year);
  const wrong = [
    ...(day >= 1 && day <= 31 ? [] : (["day"] as const)),
    ...(month >= 1 && month <= 12 ? [] : (["month"] as const)),
    ...(yearOk ? [] : (["year"] as const)),
  ];
  if (wrong.length > 0) return { ok: false, problem: { kind: "not_real", parts: wrong } };
  if (trimmed.year.length < 4) return { ok: false, problem: { kind: "short_year" } };
  const date = `${trimmed.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isCalendarDate(date) ? { ok: true, date } : { ok: false, problem: { kind: "not_real", parts: ["day"] } };
}

/** The message for a problem, naming the date as its question does ("Date of birth must include a month"). */
export function dateProblemMessage(problem: DateProblem, name: string, emptyMessage: string): string {
  switch (problem.kind) {
    case "empty":
      return emptyMessage;
    case "missing":
      return `${name} must include a ${problem.parts.join(" and ")}`;
    case "short_year":
      return "Year must include 4 numbers";
    case "not_real":
      return `${name} must be a real date`;
  }
}

/**
 * The boxes to mark as wrong for an answer the schema refused: those a problem
 * names, or all three when the date itself is refused (in the future, too early).
 */
export function datePartsToMark(value: unknown): readonly DatePart[] {
  const reading = readDate(value);
  if (reading.ok || reading.problem.kind === "empty") return DATE_PARTS;
  return reading.problem.kind === "short_year" ? ["year"] : reading.problem.parts;
}
