import { ageFromAnswer } from "../intake/age";
import type { IntakeAnswers } from "../intake/questionnaire";
import type { IntakeClock } from "../intake/visibility";

/** What the rules and condition patterns read: the answers plus the spec's defined terms. */
export interface TriageFacts {
  readonly answers: IntakeAnswers;
  /** Completed years on the submission date in the clinic's zone. */
  readonly age: number | undefined;
  /** region knee, sudden injury, under 2 weeks old (Ottawa extended from 7 days, on purpose). */
  readonly acuteKneeInjury: boolean;
  /** Running or dance, or a recent sharp rise in training. */
  readonly boneLoadingActivity: boolean;
}

/** The spec's defined terms in words (rules document). */
export const DEFINED_TERMS = {
  acuteKneeInjury:
    "**acute knee injury**: `region` is `knee`, `onset` is `sudden_injury`, `duration` is `under_1_week` or `1_2_weeks` (the Ottawa Knee Rules were derived for injuries up to 7 days old; 2 weeks is a deliberate, more cautious extension).",
  boneLoadingActivity:
    "**bone-loading activity**: `activities` includes `running` or `dance`, or `training_increase` is yes.",
} as const;

export function factsOf(answers: IntakeAnswers, clock: IntakeClock): TriageFacts {
  const a = answers;
  return {
    answers,
    age: ageFromAnswer(a.dob, clock.now, clock.timeZone),
    acuteKneeInjury:
      a.region === "knee" && a.onset === "sudden_injury" && oneOf(a.duration, "under_1_week", "1_2_weeks"),
    boneLoadingActivity: has(a.activities, "running", "dance") || yes(a.training_increase),
  };
}

// Every test on an absent answer is false (spec §1), so booleans are compared with
// true/false explicitly and "not equal" needs the answer to be there.

export const yes = (value: boolean | undefined): boolean => value === true;
export const no = (value: boolean | undefined): boolean => value === false;

export function has<T extends string>(list: readonly T[] | undefined, ...codes: NoInfer<T>[]): boolean {
  return list !== undefined && list.some((code) => codes.includes(code));
}

export function oneOf<T extends string>(value: T | undefined, ...codes: NoInfer<T>[]): boolean {
  return value !== undefined && codes.includes(value);
}

export function isNot<T extends string>(value: T | undefined, code: NoInfer<T>): boolean {
  return value !== undefined && value !== code;
}

export function ageBetween(facts: TriageFacts, min: number, max: number): boolean {
  return facts.age !== undefined && facts.age >= min && facts.age <= max;
}

/** Ottawa Knee Rule items met, in clinician words (self-reported; confirmed at first contact). */
export function ottawaItems(facts: TriageFacts): string[] {
  const a = facts.answers;
  const items: string[] = [];
  if (ageBetween(facts, 55, Infinity)) items.push(`age ${facts.age} (55 or over)`);
  if (a.bone_tender_spot === "kneecap") items.push("patellar tenderness");
  if (a.bone_tender_spot === "outside_below_knee") items.push("fibular head tenderness");
  if (no(a.can_bend_knee_90)) items.push("unable to flex to 90°");
  if (no(a.can_walk_4_steps)) items.push("unable to weight-bear 4 steps now");
  return items;
}

/** U1: an acute knee injury with any Ottawa item. */
export function ottawaPositive(facts: TriageFacts): boolean {
  return facts.acuteKneeInjury && ottawaItems(facts).length > 0;
}

/** E3's features that are present, in clinician words. */
export function caudaEquinaFeatures(facts: TriageFacts): string[] {
  const a = facts.answers;
  return [
    yes(a.saddle_numbness) ? "saddle anaesthesia/paraesthesia" : undefined,
    yes(a.bladder_bowel_change) ? "new bladder or bowel dysfunction" : undefined,
    yes(a.both_legs) ? "bilateral severe or progressive leg symptoms" : undefined,
  ].filter((item) => item !== undefined);
}

/** U4: an acute knee injury that locks. */
export function lockedAcuteKnee(facts: TriageFacts): boolean {
  return facts.acuteKneeInjury && has(facts.answers.symptoms, "locking");
}

/** Night pain or constant rest pain: the stress-fracture and serious-pathology pattern. */
export function restOrNightPain(facts: TriageFacts): boolean {
  return yes(facts.answers.night_pain) || has(facts.answers.pain_pattern, "constant_at_rest");
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
