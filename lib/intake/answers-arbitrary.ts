import fc from "fast-check";

import { addDays, todayIn } from "../calendar/dates";
import { ageOn } from "./age";
import type { QuestionDef } from "./question-types";
import { QUESTION_DEFS } from "./questionnaire";
import { visibleQuestions, type IntakeClock } from "./visibility";

// Test support: valid answer sets generated from the questionnaire definition.
// A value is drawn for every question, then only the questions shown for those
// answers are kept, so conditional questions appear exactly when the form asks them.

export const ZONES = ["Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "UTC"] as const;

export const clockArbitrary: fc.Arbitrary<IntakeClock> = fc.record({
  now: fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true }),
  timeZone: fc.constantFrom(...ZONES),
});

// Safety questions are mostly answered "no", as in real life, so every level of
// disposition turns up, including routine.
const mostlyNo = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });
// Letters with inner spaces (already trimmed, as the schema stores text); cheaper than stringMatching.
const words = (max: number) =>
  fc
    .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz    "), { minLength: 2, maxLength: max })
    .map((chars) => `S${chars.join("").trim()}t`.slice(0, max));

function valueArbitrary(question: QuestionDef, clock: IntakeClock): fc.Arbitrary<unknown> {
  switch (question.type) {
    case "choice":
      return fc.constantFrom(...question.options.map((o) => o.code));
    case "multi":
      return fc.subarray(
        question.options.map((o) => o.code),
        { minLength: question.mayBeEmpty ? 0 : 1 },
      );
    case "bool":
      return question.mustBeTrue ? fc.constant(true) : question.id.startsWith("can_") ? fc.boolean() : mostlyNo;
    case "int":
      return fc.integer({ min: question.min, max: question.max });
    case "text":
      return words(Math.min(question.maxLength, 40));
    case "psfs":
      return fc.array(fc.record({ activity: words(30), score: fc.integer(question.score) }), {
        minLength: question.minRows,
        maxLength: question.maxRows,
      });
    case "date": {
      const today = todayIn(clock.timeZone, clock.now);
      const rule = question.rule;
      if (rule.kind === "not_past") return fc.integer({ min: 0, max: 730 }).map((days) => addDays(today, days));
      // Children and the age limits are where the rules change, so they get extra weight.
      const age = fc.oneof(
        fc.integer({ min: rule.minAge, max: 17 }),
        fc.integer({ min: rule.minAge, max: rule.maxAge }),
        fc.constantFrom(rule.minAge, 7, 8, 16, 17, 54, 55, rule.maxAge),
      );
      return fc
        .tuple(age, fc.integer({ min: 0, max: 366 }))
        .map(([years, days]) => addDays(today, -Math.round(years * 365.2425) - days))
        .filter((dob) => {
          const years = ageOn(dob, clock.now, clock.timeZone);
          return years >= rule.minAge && years <= rule.maxAge;
        });
    }
  }
}

/** Keeps only the questions shown for these answers; worst pain is never below pain now. */
function asSubmitted(pool: Record<string, unknown>, clock: IntakeClock): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const question of visibleQuestions(pool, clock)) {
    if (pool[question.id] !== undefined) kept[question.id] = pool[question.id];
  }
  if (typeof kept.pain_now === "number" && typeof kept.pain_worst === "number" && kept.pain_worst < kept.pain_now) {
    [kept.pain_now, kept.pain_worst] = [kept.pain_worst, kept.pain_now];
  }
  return kept;
}

/** A clock and an answer set the intake schema accepts at that clock. */
export const submittedIntakeArbitrary: fc.Arbitrary<{ clock: IntakeClock; raw: Record<string, unknown> }> =
  clockArbitrary.chain((clock) => {
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const question of QUESTION_DEFS) {
      const value = valueArbitrary(question, clock);
      fields[question.id] = question.required ? value : fc.option(value, { nil: undefined });
    }
    return fc.record(fields).map((pool) => ({ clock, raw: asSubmitted(pool, clock) }));
  });
