import type { IntakeAnswers } from "../intake/questionnaire";
import { ageBetween, has, isNot, type TriageFacts } from "./facts";

// Building blocks for the suspected-condition patterns: each check carries its own
// description in the spec's notation, so the rules document cannot disagree with it.

export interface Check {
  readonly describe: string;
  readonly test: (facts: TriageFacts) => boolean;
}

export interface Criterion extends Check {
  /** Clinician-facing reason as the rules document lists it (an "or" criterion's with every alternative). */
  readonly reason: string;
  /** The reason listed for these answers: an "or" criterion names only the alternatives they hold. */
  readonly reasonFor: (facts: TriageFacts) => string;
  /** An "or" criterion, whose reason names the alternatives met (the rules document says so). */
  readonly namesAlternatives?: true;
}

type Answers = IntakeAnswers;
type MultiId = "knee_area" | "hip_area" | "foot_area" | "mechanism" | "activities" | "pain_pattern" | "symptoms";
type CodeIn<K extends MultiId> = NonNullable<Answers[K]>[number];

const codes = (list: readonly string[]) => list.map((c) => `\`${c}\``).join(list.length === 2 ? " or " : ", ");

export const regionIs = (region: Answers["region"]): Check => ({
  describe: `\`region\` is \`${region}\``,
  test: (f) => f.answers.region === region,
});

/** One code in a multi answer; several codes are an "or" criterion: `becauseAnyOf`. */
export function includes<K extends MultiId>(id: K, wanted: CodeIn<K>): Check {
  return {
    describe: `\`${id}\` includes ${codes([wanted])}`,
    test: (f) => has<string>(f.answers[id] as readonly string[] | undefined, wanted),
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

export const because = (check: Check, reason: string): Criterion => ({ ...check, reason, reasonFor: () => reason });

const joined = (words: readonly string[], conjunction: "and" | "or") =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)}`;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * An "or" criterion on one multi answer: met when it includes any of the codes in
 * `words`. Its reason is `reason` with "{}" replaced by the words of the codes the
 * patient chose, in this order ("Pivoting mechanism" for a twist, never "pivoting,
 * landing or cutting" as if all three were reported); the document lists them all.
 */
export function becauseAnyOf<K extends MultiId>(
  id: K,
  words: { readonly [C in CodeIn<K>]?: string },
  reason: `${string}{}${string}`,
): Criterion {
  const alternatives = Object.entries(words) as [CodeIn<K>, string][];
  const fill = (chosen: readonly string[], conjunction: "and" | "or") =>
    capitalised(reason.replace("{}", joined(chosen, conjunction)));
  return {
    describe: `\`${id}\` includes ${codes(alternatives.map(([code]) => code))}`,
    test: (f) => has<string>(f.answers[id] as readonly string[] | undefined, ...alternatives.map(([code]) => code)),
    reason: fill(
      alternatives.map(([, word]) => word),
      "or",
    ),
    namesAlternatives: true,
    reasonFor: (f) => {
      const chosen = f.answers[id] as readonly string[] | undefined;
      return fill(
        alternatives.filter(([code]) => chosen?.includes(code)).map(([, word]) => word),
        "and",
      );
    },
  };
}
