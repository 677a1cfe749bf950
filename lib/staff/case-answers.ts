import { formatAnswer } from "@/lib/intake/format-answer";
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
        answer: formatAnswer(question, answers[question.id], "clinician"),
        ...(question.note ? { note: question.note } : {}),
      })),
  })).filter((group) => group.lines.length > 0);
}

const CONDITION_NAMES = new Map<string, string>(CONDITION_PATTERNS.map((p) => [p.condition, p.name]));

/** The clinician's name for a suspected-condition code (the code itself when unknown). */
export function conditionName(code: string): string {
  return CONDITION_NAMES.get(code) ?? code;
}
