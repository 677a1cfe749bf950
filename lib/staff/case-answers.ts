import { birthDateWithAge } from "@/lib/intake/age";
import { readDate } from "@/lib/intake/date-input";
import { formatAnswer } from "@/lib/intake/format-answer";
import type { QuestionDef } from "@/lib/intake/question-types";
import { SECTIONS } from "@/lib/intake/questionnaire";
import { visibleQuestions, type IntakeClock } from "@/lib/intake/visibility";
import { CONDITION_PATTERNS } from "@/lib/triage/conditions";

export interface AnswerLine {
  id: string;
  label: string;
  answer: string;
  note?: string;
}

export interface AnswerGroup {
  section: string;
  heading: string;
  lines: AnswerLine[];
}

/**
 * Every question the patient was shown, in questionnaire order, grouped by
 * section under the clinician's headings and labels. Driven by the
 * questionnaire definition itself, so there is no second list to keep in step.
 */
export function answerGroups(answers: Readonly<Record<string, unknown>>, clock: IntakeClock): AnswerGroup[] {
  const shown = visibleQuestions(answers, clock);
  return SECTIONS.map((section) => ({
    section: section.id,
    heading: section.clinician,
    lines: shown
      .filter((question) => question.section === section.id)
      .map((question) => ({
        id: question.id,
        label: question.clinician,
        answer: clinicianAnswer(question, answers[question.id], clock),
        ...(question.note ? { note: question.note } : {}),
      })),
  })).filter((group) => group.lines.length > 0);
}

/** The answer in the clinician's words; a date of birth with the age on the day the answers were sent. */
function clinicianAnswer(question: QuestionDef, value: unknown, clock: IntakeClock): string {
  if (question.type === "date" && question.rule.kind === "birth") {
    const reading = readDate(value);
    if (reading.ok) return birthDateWithAge(reading.date, clock.now, clock.timeZone);
  }
  return formatAnswer(question, value, "clinician");
}

/** "14 March 1985 (age 41)" for the case's header; undefined without a date of birth. */
export function dateOfBirthLine(answers: Readonly<Record<string, unknown>>, clock: IntakeClock): string | undefined {
  const reading = readDate(answers.dob);
  return reading.ok ? birthDateWithAge(reading.date, clock.now, clock.timeZone) : undefined;
}

const CONDITION_NAMES = new Map<string, string>(CONDITION_PATTERNS.map((p) => [p.condition, p.name]));

/** The clinician's name for a suspected-condition code (the code itself when unknown). */
export function conditionName(code: string): string {
  return CONDITION_NAMES.get(code) ?? code;
}
