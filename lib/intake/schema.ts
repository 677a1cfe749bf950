import { z } from "zod";

import { ageFromAnswer } from "./age";
import { isBlankDate } from "./date-input";
import { fieldSchema, messageOf } from "./field-schemas";
import type { QuestionDef, SectionId } from "./question-types";
import { QUESTION_DEFS, type IntakeAnswers, type QuestionId } from "./questionnaire";
import { conditionHolds } from "./shown-when";
import type { IntakeClock } from "./visibility";
import { wordedFor } from "./wording";

export interface IntakeError {
  readonly questionId: QuestionId;
  readonly message: string;
}

export type IntakeValidation =
  | { readonly ok: true; readonly answers: IntakeAnswers }
  | { readonly ok: false; readonly errors: readonly IntakeError[] };

interface Walk {
  readonly values: Record<string, unknown>;
  readonly errors: IntakeError[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Absent, or left empty: null, and blank text or date boxes on questions that may be skipped. */
function isUnanswered(question: QuestionDef, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (question.required) return false;
  if (question.type === "date") return isBlankDate(value);
  return question.type === "text" && typeof value === "string" && value.trim() === "";
}

/**
 * Checks answers question by question in questionnaire order. Visibility is decided
 * on the answers already accepted, so a hidden question is dropped whatever it holds,
 * and a question that depends on an invalid answer waits until that one is fixed.
 * Only `report`ed questions produce errors and output; the others still count for
 * deciding what is shown.
 */
function walk(raw: unknown, clock: IntakeClock, report: (q: QuestionDef) => boolean): Walk {
  const input = isObject(raw) ? raw : {};
  const accepted: Record<string, unknown> = {};
  const values: Record<string, unknown> = {};
  const errors: IntakeError[] = [];
  const context: { age: number | undefined } = { age: undefined };
  for (const definition of QUESTION_DEFS) {
    if (definition.shownWhen && !conditionHolds(definition.shownWhen, accepted, context)) continue;
    // Errors name the place as the patient read the question.
    const question = wordedFor(definition, accepted.region);
    const value = input[question.id];
    const fail = (message: string) => {
      if (report(question)) errors.push({ questionId: question.id as QuestionId, message });
    };
    if (isUnanswered(question, value)) {
      if (question.required) fail(question.error);
      continue;
    }
    const parsed = fieldSchema(question, clock).safeParse(value);
    if (!parsed.success) {
      fail(messageOf(question, parsed.error.issues));
      continue;
    }
    if (question.type === "int" && question.atLeast) {
      const floor = accepted[question.atLeast.q];
      if (typeof floor === "number" && (parsed.data as number) < floor) {
        fail(question.atLeast.error);
        continue;
      }
    }
    accepted[question.id] = parsed.data;
    if (report(question)) values[question.id] = parsed.data;
    if (question.id === "dob") context.age = ageFromAnswer(parsed.data, clock.now, clock.timeZone);
  }
  return { values, errors };
}

function asSchema<T>(run: (raw: unknown) => Walk) {
  return z.unknown().transform((raw, ctx): T => {
    const { values, errors } = run(raw);
    for (const { questionId, message } of errors) {
      ctx.addIssue({ code: "custom", path: [questionId], message, input: isObject(raw) ? raw[questionId] : undefined });
    }
    return errors.length > 0 ? z.NEVER : (values as T);
  });
}

/**
 * The schema of a complete submitted answer set: hidden questions are dropped, shown
 * ones checked as the questionnaire defines them. Each issue's path is the question id.
 * Keys that are not questions are dropped.
 */
export function intakeSchema(clock: IntakeClock) {
  return asSchema<IntakeAnswers>((raw) => walk(raw, clock, () => true));
}

/**
 * One step of the multi-step form: checks only this section's shown questions. Pass
 * all answers so far; earlier sections decide what this one shows.
 */
export function sectionSchema(section: SectionId, clock: IntakeClock) {
  return asSchema<Partial<IntakeAnswers>>((raw) => walk(raw, clock, (q) => q.section === section));
}

/**
 * The answers given so far that pass their question's check, from a draft: unanswered
 * and invalid ones are left out, and hidden ones dropped, as on submit. For deciding on
 * a draft before it is complete (the emergency check after each step).
 */
export function answersSoFar(raw: unknown, clock: IntakeClock): Partial<IntakeAnswers> {
  return walk(raw, clock, () => true).values as Partial<IntakeAnswers>;
}

/** Validates a submitted intake; errors come in questionnaire order, one per question. */
export function validateIntake(raw: unknown, clock: IntakeClock): IntakeValidation {
  const { values, errors } = walk(raw, clock, () => true);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: values as IntakeAnswers };
}
