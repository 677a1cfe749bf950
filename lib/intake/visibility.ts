import { ageFromAnswer } from "./age";
import type { QuestionDef } from "./question-types";
import { QUESTION_DEFS } from "./questionnaire";
import { conditionHolds } from "./shown-when";
import { wordedFor } from "./wording";

export interface IntakeClock {
  /** Submission time for a submitted intake; the current time while filling it in. */
  readonly now: Date;
  /** The clinic's time zone, e.g. "Europe/London": age is counted on its calendar. */
  readonly timeZone: string;
}

/**
 * The questions shown for these answers, in questionnaire order, worded for the
 * region answered (wording.ts). A question is
 * shown when its condition holds over the answers to the questions shown before
 * it, so a stale answer to a hidden question (say `mechanism` after onset changed
 * to gradual) cannot make a later question appear.
 */
export function visibleQuestions(answers: Readonly<Record<string, unknown>>, clock: IntakeClock): QuestionDef[] {
  const context = { age: ageFromAnswer(answers.dob, clock.now, clock.timeZone) };
  const seen: Record<string, unknown> = {};
  const shown: QuestionDef[] = [];
  for (const question of QUESTION_DEFS) {
    if (question.shownWhen && !conditionHolds(question.shownWhen, seen, context)) continue;
    shown.push(wordedFor(question, seen.region));
    if (answers[question.id] !== undefined) seen[question.id] = answers[question.id];
  }
  return shown;
}
