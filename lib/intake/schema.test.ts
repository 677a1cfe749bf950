import { describe, expect, it } from "vitest";

import { intakeSchema, sectionSchema, validateIntake } from "./schema";
import { BENIGN, CLOCK, answers, dobForAge } from "./test-answers";

function errors(overrides: Record<string, unknown>, omit: string[] = []) {
  const raw: Record<string, unknown> = { ...BENIGN, ...overrides };
  for (const id of omit) delete raw[id];
  const result = validateIntake(raw, CLOCK);
  return result.ok ? [] : result.errors;
}

/** The answer set is rejected with exactly one error, on `questionId`, saying `message`. */
function expectOnly(
  overrides: Record<string, unknown>,
  questionId: string,
  message: string | RegExp,
  omit: string[] = [],
) {
  const found = errors(overrides, omit);
  expect(found.map((e) => e.questionId)).toEqual([questionId]);
  expect(found[0]!.message).toMatch(message);
}

describe("validateIntake accepts", () => {
  it("the benign answer set, dropping hidden questions and keys that are not questions", () => {
    const result = validateIntake(
      { ...BENIGN, mechanism: ["fall"], hip_area: "nonsense", favourite_colour: "blue" },
      CLOCK,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).not.toHaveProperty("mechanism");
    expect(result.answers).not.toHaveProperty("hip_area");
    expect(result.answers).not.toHaveProperty("favourite_colour");
    expect(result.answers).toHaveProperty("knee_area", ["back"]);
  });

  it("dates typed in Day, Month and Year boxes, stored as YYYY-MM-DD whatever the zeros, spaces or month names", () => {
    const stored = (dob: Record<string, string>, event?: Record<string, string>) => {
      const result = validateIntake({ ...BENIGN, dob, event_date: event }, CLOCK);
      return result.ok ? [result.answers.dob, result.answers.event_date] : result.errors;
    };
    expect(stored({ day: "14", month: "3", year: "1985" })).toEqual(["1985-03-14", undefined]);
    expect(stored({ day: " 07 ", month: "03", year: "1985 " })).toEqual(["1985-03-07", undefined]);
    expect(stored({ day: "14", month: "Mar", year: "1985" }, { day: "1", month: "june", year: "2027" })).toEqual([
      "1985-03-14",
      "2027-06-01",
    ]);
  });

  it("optional questions left out, null or blank", () => {
    expect(errors({ event_date: { day: "", month: " ", year: "" } })).toEqual([]);
    expect(errors({}, ["sex", "goal", "event_date"])).toEqual([]);
    expect(errors({ sex: null, goal: "  ", event_date: "" })).toEqual([]);
    expect(answers({ goal: "  " })).not.toHaveProperty("goal");
  });

  it("'none of these' as [] where a multi may be empty, and stores codes once in the listed order", () => {
    expect(answers({ activities: [], pain_pattern: [], symptoms: [] }).activities).toEqual([]);
    expect(answers({ symptoms: ["stiffness", "clicking_grinding", "stiffness"] }).symptoms).toEqual([
      "clicking_grinding",
      "stiffness",
    ]);
  });

  it("trimmed text, the edges of every range, and an event today", () => {
    const a = answers({
      region: "other",
      other_description: "  Wrist ",
      pain_now: 0,
      pain_worst: 10,
      psfs: [
        { activity: " Go ", score: 0 },
        { activity: "x".repeat(80), score: 10 },
      ],
      event_date: "2026-06-15",
    });
    expect(a.other_description).toBe("Wrist");
    expect(a.psfs[0]).toEqual({ activity: "Go", score: 0 });
    expect(answers({ pain_now: 5, pain_worst: 5 }).pain_worst).toBe(5);
  });

  it("ages 5 and 110 on the day", () => {
    expect(errors({ dob: dobForAge(5) })).toEqual([]);
    expect(errors({ dob: dobForAge(110) })).toEqual([]);
  });
});

describe("validateIntake rejects, naming the question and what to fix", () => {
  it("dob: missing, in the wrong format, or not a real date", () => {
    expectOnly({}, "dob", /^Enter your date of birth$/, ["dob"]);
    expectOnly({ dob: { day: "", month: "", year: "" } }, "dob", /^Enter your date of birth$/);
    expectOnly({ dob: "14/03/1985" }, "dob", /^Date of birth must be a real date$/);
    expectOnly({ dob: "2001-02-29" }, "dob", /^Date of birth must be a real date$/);
    expectOnly({ dob: 19850314 }, "dob", /^Date of birth must be a real date$/);
  });

  it("dob: the boxes as typed, each problem in the GOV.UK date input's words", () => {
    const typed = (day: string, month: string, year: string) => ({ dob: { day, month, year } });
    expectOnly(typed("14", "", "1985"), "dob", /^Date of birth must include a month$/);
    expectOnly(typed("", "", "1985"), "dob", /^Date of birth must include a day and month$/);
    expectOnly(typed("14", "3", ""), "dob", /^Date of birth must include a year$/);
    expectOnly(typed("14", "3", "85"), "dob", /^Year must include 4 numbers$/);
    expectOnly(typed("31", "4", "1985"), "dob", /^Date of birth must be a real date$/);
    expectOnly(typed("14", "13", "1985"), "dob", /^Date of birth must be a real date$/);
    expect(errors(typed("14", "3", "1985"))).toEqual([]);
  });

  it("dob: today or in the future", () => {
    expectOnly({ dob: "2026-06-15" }, "dob", /^Date of birth must be in the past$/);
    expectOnly({ dob: { day: "1", month: "1", year: "2030" } }, "dob", /^Date of birth must be in the past$/);
  });

  it("dob: under 5, or before the day that makes someone 111 (CLOCK is 15 June 2026)", () => {
    expectOnly({ dob: dobForAge(4) }, "dob", "aged 5 or over");
    expectOnly({ dob: "1915-06-15" }, "dob", /^Date of birth must be after 15 June 1915$/);
    expect(errors({ dob: "1915-06-16" })).toEqual([]);
  });

  it("a choice that is missing or not one of its codes", () => {
    expectOnly({}, "region", "Choose where the problem is", ["region", "side", "knee_area"]);
    expectOnly({ sex: "f" }, "sex", "Choose one answer, or skip this question");
    expectOnly(
      { onset: "sudden_injury", mechanism: ["twisting"], bone_tender_spot: "maybe" },
      "bone_tender_spot",
      "Choose whether pressing on either bony spot hurts",
    );
  });

  it("a multi with nothing chosen where one is needed, or an unknown code", () => {
    expectOnly({ knee_area: [] }, "knee_area", "Choose at least one part of the knee");
    expectOnly({ region: "hip_groin", hip_area: [] }, "hip_area", "Choose at least one part of the hip or groin");
    expectOnly(
      { knee_area: ["front", "kneecap"] },
      "knee_area",
      /^Choose only from the answers listed \("kneecap" isn't one of them\)$/,
    );
    expectOnly({ onset: "sudden_injury", mechanism: [] }, "mechanism", "Choose at least one way it happened");
    expectOnly({ activities: "running" }, "activities", "Choose your activities, or choose 'None of these'");
    expectOnly({}, "symptoms", "Choose the symptoms you have, or choose 'None of these'", ["symptoms"]);
  });

  it("a shown follow-up question left unanswered", () => {
    expectOnly(
      { onset: "sudden_injury", mechanism: ["direct_blow"] },
      "blow_side",
      "Choose where the knock hit your knee",
      ["blow_side"],
    );
    expectOnly({ onset: "sudden_injury", symptoms: ["swelling"] }, "swelling_speed", "Choose how soon it swelled", [
      "swelling_speed",
    ]);
    expectOnly({ calf_swelling_redness: true }, "clot_risk", "Choose any that apply", ["clot_risk"]);
    expectOnly({ age: undefined, dob: dobForAge(12) }, "limp", "limp", ["limp"]);
  });

  it("yes/no questions answered with anything but true or false", () => {
    expectOnly({ diabetes: "yes" }, "diabetes", "Answer yes or no: do you have diabetes?");
    expectOnly({ night_pain: 1 }, "night_pain", "Answer yes or no");
  });

  it("pain scores out of range, not whole numbers, or a worst pain below the pain now", () => {
    expectOnly({ pain_now: 11 }, "pain_now", "Choose a number from 0 to 10 for your pain right now");
    expectOnly({ pain_now: -1 }, "pain_now", "Choose a number from 0 to 10");
    expectOnly({ pain_now: 2.5 }, "pain_now", "Choose a number from 0 to 10");
    expectOnly({ pain_now: "2" }, "pain_now", "Choose a number from 0 to 10");
    expectOnly({ pain_now: 6, pain_worst: 5 }, "pain_worst", "Your worst pain can't be lower than your pain now");
  });

  it("text that is empty, too short or too long", () => {
    expectOnly(
      { region: "other", other_description: "  " },
      "other_description",
      "Tell us where the problem is, in a few words",
    );
    expectOnly({ region: "other", other_description: "W" }, "other_description", "Write at least 2 characters");
    expectOnly(
      { region: "other", other_description: "w".repeat(201) },
      "other_description",
      "Keep it to 200 characters or fewer",
    );
    expectOnly({ goal: "g".repeat(501) }, "goal", "Keep it to 500 characters or fewer");
  });

  it("PSFS with no rows, too many rows, or a bad activity or score (naming the row)", () => {
    const row = { activity: "Running", score: 5 };
    expectOnly({ psfs: [] }, "psfs", "Add at least one activity");
    expectOnly({ psfs: [row, row, row, row] }, "psfs", "List up to 3 activities");
    expectOnly(
      { psfs: [row, { activity: "R", score: 5 }] },
      "psfs",
      "Activity 2: say what the activity is, in 2 to 80 characters",
    );
    expectOnly({ psfs: [{ activity: "r".repeat(81), score: 5 }] }, "psfs", "Activity 1: say what the activity is");
    expectOnly(
      { psfs: [row, row, { activity: "Stairs", score: 11 }] },
      "psfs",
      "Activity 3: choose a score from 0 to 10",
    );
    expectOnly({ psfs: [{ activity: "Stairs", score: 4.5 }] }, "psfs", "Activity 1: choose a score from 0 to 10");
    expectOnly({ psfs: ["Stairs"] }, "psfs", "Activity 1: add the activity and its score");
  });

  it("an event date in the past", () => {
    expectOnly({ event_date: "2026-06-14" }, "event_date", /^Event date must be today or in the future$/);
    expectOnly({ event_date: "next May" }, "event_date", /^Event date must be a real date$/);
    expectOnly({ event_date: { day: "", month: "6", year: "2027" } }, "event_date", /^Event date must include a day$/);
  });

  it("consent not given", () => {
    expectOnly({ consent_health_data: false }, "consent_health_data", "Tick the box to say you agree");
    expectOnly({}, "consent_health_data", "Tick the box", ["consent_health_data"]);
  });

  it("something that is not an answer object, as every required question missing", () => {
    for (const raw of [null, "answers", [BENIGN]]) {
      const result = validateIntake(raw, CLOCK);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.questionId)).toContain("dob");
    }
  });

  it("lists every problem once, in questionnaire order", () => {
    const found = errors({ consent_health_data: false, pain_now: 12, dob: "soon" });
    expect(found.map((e) => e.questionId)).toEqual(["dob", "pain_now", "consent_health_data"]);
  });
});

describe("intakeSchema and sectionSchema", () => {
  it("report each issue under the question id", () => {
    const result = intakeSchema(CLOCK).safeParse({ ...BENIGN, knee_area: [], pain_now: 11 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["knee_area"], "Choose at least one part of the knee"],
      [["pain_now"], "Choose a number from 0 to 10 for your pain right now"],
    ]);
  });

  it("parse to the cleaned answers", () => {
    expect(intakeSchema(CLOCK).parse({ ...BENIGN, mechanism: ["fall"] })).toEqual(answers());
  });

  it("check one step only, using earlier answers to decide what it shows", () => {
    const schema = sectionSchema("B", CLOCK);
    expect(schema.parse({ region: "knee", side: "left", knee_area: ["front", "front"], pain_now: 99 })).toEqual({
      region: "knee",
      side: "left",
      knee_area: ["front"],
    });
    const result = schema.safeParse({ region: "lower_back", side: "left" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ region: "lower_back" });
    const missing = schema.safeParse({ region: "foot_heel" });
    expect(missing.error?.issues.map((i) => i.path[0])).toEqual(["side", "foot_area"]);
  });

  it("ask a 12-year-old's safety step about a limp", () => {
    const step = sectionSchema("F", CLOCK).safeParse({ dob: dobForAge(12), region: "thigh" });
    expect(step.error?.issues.map((i) => i.path[0])).toContain("limp");
    const adult = sectionSchema("F", CLOCK).safeParse({ dob: dobForAge(40), region: "thigh" });
    expect(adult.error?.issues.map((i) => i.path[0])).not.toContain("limp");
  });
});
