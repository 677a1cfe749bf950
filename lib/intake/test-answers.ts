import { localDateParts } from "./age";
import type { QuestionId, IntakeAnswers } from "./questionnaire";
import { validateIntake } from "./schema";
import type { IntakeClock } from "./visibility";

// Test support: build a valid answer set from benign defaults plus the answers a
// test cares about. It goes through validateIntake, so a test can never triage an
// answer set the form would not accept, and hidden questions drop out as they would.

/** 10:00 in London on Monday 15 June 2026 (BST). */
export const CLOCK: IntakeClock = { now: new Date("2026-06-15T09:00:00Z"), timeZone: "Europe/London" };

/** A date of birth that makes someone exactly `age` on the clock's date (birthday a month earlier). */
export function dobForAge(age: number, clock: IntakeClock = CLOCK): string {
  const { year, month, day } = localDateParts(clock.now, clock.timeZone);
  const birthMonth = month === 1 ? 12 : month - 1;
  const birthYear = year - age - (month === 1 ? 1 : 0);
  return `${birthYear}-${String(birthMonth).padStart(2, "0")}-${String(Math.min(day, 28)).padStart(2, "0")}`;
}

/** Answers that trigger nothing: every question, so any that becomes shown has an answer. */
export const BENIGN: Record<QuestionId, unknown> = {
  dob: dobForAge(35),
  sex: "female",
  diabetes: false,
  osteoporosis_or_steroids: false,
  region: "knee",
  side: "left",
  knee_area: ["back"],
  hip_area: ["buttock"],
  foot_area: ["top_of_foot"],
  other_description: "My shoulder",
  onset: "unsure",
  duration: "2_6_weeks",
  mechanism: ["other"],
  blow_side: "other",
  activities: [],
  training_increase: false,
  pain_now: 2,
  pain_worst: 4,
  pain_pattern: [],
  symptoms: [],
  swelling_speed: "gradual",
  can_walk_4_steps: true,
  limp: false,
  can_bend_knee_90: true,
  bone_tender_spot: "neither",
  can_straight_leg_raise: true,
  snap_back_of_leg: false,
  deformity: false,
  cold_pale_numb_foot: false,
  pain_escalating_tight: false,
  fever_unwell: false,
  hot_red_swollen_joint: false,
  calf_swelling_redness: false,
  clot_risk: [],
  chest_pain_breathless: false,
  weight_loss: false,
  cancer_history: false,
  night_pain: false,
  numb_tingling_leg: false,
  both_legs: false,
  saddle_numbness: false,
  bladder_bowel_change: false,
  hop_pain: false,
  psfs: [{ activity: "Walking the dog", score: 6 }],
  goal: "Get back to walking",
  event_date: undefined,
  previous_episode: false,
  consent_health_data: true,
};

export type AnswerOverrides = Partial<Record<QuestionId, unknown>> & { age?: number };

/** Benign answers with `overrides` (and `age` as a shortcut for dob), validated. Throws if invalid. */
export function answers(overrides: AnswerOverrides = {}, clock: IntakeClock = CLOCK): IntakeAnswers {
  const { age, ...rest } = overrides;
  const raw = { ...BENIGN, ...(age === undefined ? {} : { dob: dobForAge(age, clock) }), ...rest };
  const result = validateIntake(raw, clock);
  if (!result.ok) throw new Error(`Test answers are invalid: ${JSON.stringify(result.errors)}`);
  return result.answers;
}
