import { QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION, type IntakeAnswers } from "../intake/questionnaire";
import type { IntakeClock } from "../intake/visibility";
import { suspectedConditions, type SuspectedCondition } from "./conditions";
import { factsOf } from "./facts";
import { LEVELS, type Disposition, type FlagLevel } from "./rule-types";
import { RULE_DEFS, RULES_VERSION, clinicianReasonOf, type RuleId } from "./rules";

export interface TriageFlag {
  readonly id: RuleId;
  readonly level: FlagLevel;
  /** Clinician-facing reason; the patient's wording comes from patientReasonFor(id). */
  readonly reason: string;
}

export interface TriageResult {
  readonly questionnaire: typeof QUESTIONNAIRE_ID;
  readonly questionnaireVersion: typeof QUESTIONNAIRE_VERSION;
  readonly rulesVersion: typeof RULES_VERSION;
  readonly disposition: Disposition;
  readonly flags: readonly TriageFlag[];
  readonly suspected: readonly SuspectedCondition[];
  readonly scores: { readonly painNow: number; readonly painWorst: number; readonly psfs: number };
}

/**
 * Triage of a validated intake (shared/specs/intake-and-triage.md §2). Pure: the
 * result depends only on the answers and `now` (the submission time) in the clinic's
 * zone, so re-running it later gives what the therapist saw.
 */
export function triage(answers: IntakeAnswers, clock: IntakeClock): TriageResult {
  const facts = factsOf(answers, clock);
  const flags = RULE_DEFS.filter((rule) => rule.when(facts)).map((rule) => ({
    id: rule.id as RuleId,
    level: rule.level,
    reason: clinicianReasonOf(rule, facts),
  }));
  return {
    questionnaire: QUESTIONNAIRE_ID,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    rulesVersion: RULES_VERSION,
    disposition: dispositionOf(flags),
    flags,
    suspected: suspectedConditions(facts),
    scores: {
      painNow: answers.pain_now,
      painWorst: answers.pain_worst,
      psfs: psfsScore(answers.psfs),
    },
  };
}

/** The highest level of any flag; routine when none fired. */
export function dispositionOf(flags: readonly { readonly level: FlagLevel }[]): Disposition {
  return LEVELS.find((level) => flags.some((flag) => flag.level === level)) ?? "routine";
}

/** Mean PSFS item score, rounded to 2 decimal places (like the pattern scores). */
export function psfsScore(rows: IntakeAnswers["psfs"]): number {
  if (rows.length === 0) return 0;
  const mean = rows.reduce((sum, row) => sum + row.score, 0) / rows.length;
  return Math.round(mean * 100) / 100;
}

/**
 * The emergency rules that fire on the answers given so far, while the questionnaire is
 * still being filled in (spec §2, "what each side sees"): the card is shown at once,
 * not after the last step. Absent answers count as false, as everywhere, so only what
 * was answered can fire a rule; the emergency rules read nothing else.
 */
export function emergencyRulesSoFar(answers: Partial<IntakeAnswers>, clock: IntakeClock): RuleId[] {
  const facts = factsOf(answers as IntakeAnswers, clock);
  return RULE_DEFS.filter((rule) => rule.level === "emergency" && rule.when(facts)).map((rule) => rule.id as RuleId);
}
