import type { IntakeAnswers } from "../intake/questionnaire";
import { ageBetween, has, isNot, type TriageFacts } from "./facts";

// Building blocks for the suspected-condition patterns: each check carries its own
// description in the spec's notation, so the rules document cannot disagree with it.

export interface Check {
  readonly describe: string;
  readonly test: (facts: TriageFacts) => boolean;
}

export interface Criterion extends Check {
  /** Clinician-facing reason listed when the criterion is met. */
  readonly reason: string;
}

type Answers = IntakeAnswers;
type MultiId = "knee_area" | "hip_area" | "foot_area" | "mechanism" | "activities" | "pain_pattern" | "symptoms";
type CodeIn<K extends MultiId> = NonNullable<Answers[K]>[number];

const codes = (list: readonly string[]) => list.map((c) => `\`${c}\``).join(list.length === 2 ? " or " : ", ");

export const regionIs = (region: Answers["region"]): Check => ({
  describe: `\`region\` is \`${region}\``,
  test: (f) => f.answers.region === region,
});

export function includes<K extends MultiId>(id: K, ...wanted: CodeIn<K>[]): Check {
  return {
    describe: `\`${id}\` includes ${codes(wanted)}`,
    test: (f) => has<string>(f.answers[id] as readonly string[] | undefined, ...wanted),
  };
}

export const onsetIs = (onset: Answers["onset"]): Check => ({
  describe: `\`onset\` is \`${onset}\``,
  test: (f) => f.answers.onset === onset,
});

export const onsetNot = (onset: Answers["onset"]): Check => ({
  describe: `\`onset\` is not \`${onset}\``,
  test: (f) => isNot(f.answers.onset, onset),
});

export const durationIs = (duration: Answers["duration"]): Check => ({
  describe: `\`duration\` is \`${duration}\``,
  test: (f) => f.answers.duration === duration,
});

export const trainingIncrease: Check = {
  describe: "`training_increase` is yes",
  test: (f) => f.answers.training_increase === true,
};

export const ageFrom = (min: number, max = Infinity): Check => ({
  describe: max === Infinity ? `age ${min} or over` : `age ${min} to ${max}`,
  test: (f) => ageBetween(f, min, max),
});

export const ageUnder = (limit: number): Check => ({
  describe: `age under ${limit}`,
  test: (f) => ageBetween(f, -Infinity, limit - 1),
});

export function answerIs<K extends "swelling_speed" | "blow_side">(id: K, code: NonNullable<Answers[K]>): Check {
  return { describe: `\`${id}\` is \`${code}\``, test: (f) => f.answers[id] === code };
}

export const because = (check: Check, reason: string): Criterion => ({ ...check, reason });
