import { KNEE_PATTERNS } from "./conditions-knee";
import { OTHER_PATTERNS } from "./conditions-other";
import type { TriageFacts } from "./facts";
import type { Check, Criterion } from "./pattern-checks";

// Suspected conditions are pattern scores for the therapist, not diagnoses, and are
// never shown to the patient.

export interface ConditionPattern {
  readonly condition: string;
  /** Clinician-facing name. */
  readonly name: string;
  /** All must hold for the condition to be considered. */
  readonly requires: readonly Check[];
  /** Score = criteria met ÷ criteria listed. */
  readonly criteria: readonly Criterion[];
}

export const CONDITION_PATTERNS = [...KNEE_PATTERNS, ...OTHER_PATTERNS] as const satisfies readonly ConditionPattern[];

export type SuspectedConditionId = (typeof CONDITION_PATTERNS)[number]["condition"];

export interface SuspectedCondition {
  readonly condition: SuspectedConditionId;
  /** Fraction of criteria met, rounded to 2 decimal places. */
  readonly score: number;
  /** One reason per criterion met, in the pattern's order, naming only the alternatives the answers hold. */
  readonly reasons: readonly string[];
}

export const MIN_SCORE = 0.5;

/**
 * Every condition whose requirements hold and whose score is at least 0.5, highest
 * exact fraction first, ties in table order (the sort is stable and compares
 * fractions by cross-multiplying, so 2/3 and 4/6 tie exactly).
 */
export function suspectedConditions(facts: TriageFacts): SuspectedCondition[] {
  const scored = [];
  for (const pattern of CONDITION_PATTERNS as readonly (ConditionPattern & { condition: SuspectedConditionId })[]) {
    if (!pattern.requires.every((check) => check.test(facts))) continue;
    const met = pattern.criteria.filter((criterion) => criterion.test(facts));
    const total = pattern.criteria.length;
    if (met.length < MIN_SCORE * total) continue;
    scored.push({ pattern, met: met.length, total, reasons: met.map((c) => c.reasonFor(facts)) });
  }
  scored.sort((a, b) => b.met * a.total - a.met * b.total);
  return scored.map(({ pattern, met, total, reasons }) => ({
    condition: pattern.condition,
    score: Math.round((met / total) * 100) / 100,
    reasons,
  }));
}
