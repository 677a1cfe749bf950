import { dateInWords } from "../calendar/dates";
import { dateParts, isBlankDate, readDate } from "./date-input";
import type { QuestionDef } from "./question-types";

/**
 * An answer in words, from the questionnaire's own labels: the patient's
 * wording on their review page, the clinician's in the staff view.
 */
export function formatAnswer(
  question: QuestionDef,
  value: unknown,
  audience: "patient" | "clinician" = "patient",
): string {
  if (value === undefined || value === null || value === "") return "Not answered";
  const label = (code: string) => {
    if (question.type !== "choice" && question.type !== "multi") return code;
    const option = question.options.find((o) => o.code === code);
    return option ? (audience === "clinician" ? (option.clinician ?? option.label) : option.label) : code;
  };
  switch (question.type) {
    case "choice":
      return label(String(value));
    case "multi":
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => label(String(v))).join(", ")
        : (question.noneLabel ?? "None of these");
    case "bool":
      return value === true ? "Yes" : "No";
    case "int":
      return `${String(value)} out of ${question.max}`;
    case "date":
      return dateAnswer(value);
    case "psfs":
      return Array.isArray(value)
        ? value
            .map(
              (row: { activity?: string; score?: number }) =>
                // Erasure blanks the activity and keeps the score.
                `${row.activity?.trim() || "(activity erased)"}: ${row.score ?? "?"} out of 10`,
            )
            .join("; ")
        : "Not answered";
    default:
      return String(value);
  }
}

/** "14 March 1985"; boxes that make no date yet are shown as typed. */
function dateAnswer(value: unknown): string {
  if (isBlankDate(value)) return "Not answered";
  const reading = readDate(value);
  if (reading.ok) return dateInWords(reading.date);
  if (typeof value === "string") return value;
  const { day, month, year } = dateParts(value);
  return [day, month, year].map((part) => part.trim() || "?").join(" ");
}
