import { z } from "zod";

import { dateInWords } from "../calendar/dates";
import {
  compareDates,
  completedYears,
  formatDateParts,
  lastBirthDateOlderThan,
  localDateParts,
  parseDate,
} from "./age";
import { dateProblemMessage, readDate } from "./date-input";
import type { DateQuestion, MultiQuestion, PsfsQuestion, QuestionDef, TextQuestion } from "./question-types";
import type { IntakeClock } from "./visibility";

// One zod schema per question, built from its definition. Every message says what
// to do next in plain words; the intake schema files them under the question id.

// Building zod schemas costs far more than running them; only dates depend on the clock.
const cache = new WeakMap<QuestionDef, z.ZodType>();

/** The zod schema for one shown question's answer. */
export function fieldSchema(question: QuestionDef, clock: IntakeClock): z.ZodType {
  if (question.type === "date") return dateSchema(question, clock);
  let schema = cache.get(question);
  if (!schema) {
    schema = buildSchema(question);
    cache.set(question, schema);
  }
  return schema;
}

function buildSchema(question: Exclude<QuestionDef, { type: "date" }>): z.ZodType {
  const error = question.error;
  switch (question.type) {
    case "choice":
      return z.enum(codesOf(question.options), { error });
    case "multi":
      return multiSchema(question);
    case "bool":
      return question.mustBeTrue ? z.literal(true, { error }) : z.boolean({ error });
    case "int":
      return z.number({ error }).int({ error }).min(question.min, { error }).max(question.max, { error });
    case "text":
      return textSchema(question);
    case "psfs":
      return psfsSchema(question);
  }
}

function codesOf(options: readonly { code: string }[]): [string, ...string[]] {
  const codes = options.map((o) => o.code);
  if (codes[0] === undefined) throw new Error("A choice question needs at least one option");
  return [codes[0], ...codes.slice(1)];
}

function multiSchema(question: MultiQuestion) {
  const codes = codesOf(question.options);
  const item = z.enum(codes, {
    error: (issue) => `Choose only from the answers listed ("${String(issue.input)}" isn't one of them)`,
  });
  const list = z.array(item, { error: question.error });
  // Stored once each, in the order the options are listed, so equal answers compare equal.
  return (question.mayBeEmpty ? list : list.min(1, { error: question.error })).transform((chosen) =>
    codes.filter((code) => chosen.includes(code)),
  );
}

// Dates arrive as the Day, Month and Year boxes (or already as "YYYY-MM-DD") and
// leave as "YYYY-MM-DD", so the stored answer never depends on how it was typed.
function dateSchema(question: DateQuestion, clock: IntakeClock) {
  return z.unknown().transform((value, ctx): string => {
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    const reading = readDate(value);
    if (!reading.ok) return fail(dateProblemMessage(reading.problem, question.name, question.error));
    const problem = dateRuleProblem(question, reading.date, clock);
    return problem === undefined ? reading.date : fail(problem);
  });
}

/** What is wrong with a real date for this question's rule, if anything. */
function dateRuleProblem(question: DateQuestion, text: string, clock: IntakeClock): string | undefined {
  const date = parseDate(text)!;
  const today = localDateParts(clock.now, clock.timeZone);
  const rule = question.rule;
  if (rule.kind === "not_past") {
    return compareDates(date, today) < 0 ? `${question.name} must be today or in the future` : undefined;
  }
  if (compareDates(date, today) >= 0) return `${question.name} must be in the past`;
  const age = completedYears(date, today);
  if (age < rule.minAge) {
    return `Check your ${question.name.toLowerCase()}: this form is for people aged ${rule.minAge} or over`;
  }
  if (age > rule.maxAge) {
    return `${question.name} must be after ${dateInWords(formatDateParts(lastBirthDateOlderThan(rule.maxAge, today)))}`;
  }
  return undefined;
}

function textSchema(question: TextQuestion) {
  return z
    .string({ error: question.error })
    .trim()
    .min(1, { error: question.error })
    .min(question.minLength, { error: `Write at least ${question.minLength} characters` })
    .max(question.maxLength, { error: `Keep it to ${question.maxLength} characters or fewer` });
}

function psfsSchema(question: PsfsQuestion) {
  const { activityLength: length, score } = question;
  const activityError = `say what the activity is, in ${length.min} to ${length.max} characters`;
  const scoreError = `choose a score from ${score.min} to ${score.max}`;
  const row = z.object(
    {
      activity: z
        .string({ error: activityError })
        .trim()
        .min(length.min, { error: activityError })
        .max(length.max, { error: activityError }),
      score: z
        .number({ error: scoreError })
        .int({ error: scoreError })
        .min(score.min, { error: scoreError })
        .max(score.max, { error: scoreError }),
    },
    { error: "add the activity and its score" },
  );
  return z
    .array(row, { error: question.error })
    .min(question.minRows, { error: question.error })
    .max(question.maxRows, { error: `List up to ${question.maxRows} activities` });
}

/** The first problem with an answer, as one plain sentence; a PSFS problem names its row. */
export function messageOf(question: QuestionDef, issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (!issue) return question.error;
  const row = issue.path[0];
  return question.type === "psfs" && typeof row === "number" ? `Activity ${row + 1}: ${issue.message}` : issue.message;
}
