import type { TriageFacts } from "./facts";
import type { RuleDef } from "./rule-types";
import { EMERGENCY_RULES } from "./rules-emergency";
import { SOON_RULES } from "./rules-soon";
import { URGENT_RULES } from "./rules-urgent";

/** Triage rules version 1 (shared/specs/intake-and-triage.md §2), in the spec's table order. */
export const RULES_VERSION = 1;

export const RULES = [...EMERGENCY_RULES, ...URGENT_RULES, ...SOON_RULES] as const satisfies readonly RuleDef[];

export type Rule = (typeof RULES)[number];
export type RuleId = Rule["id"];

/** The same list, typed for code that handles any rule generically. */
export const RULE_DEFS: readonly RuleDef[] = RULES;

const BY_ID = new Map<string, RuleDef>(RULE_DEFS.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): RuleDef {
  const rule = BY_ID.get(id);
  if (!rule) throw new RangeError(`No triage rule ${id}`);
  return rule;
}

/** The flag's reason for staff. */
export function clinicianReasonOf(rule: RuleDef, facts: TriageFacts): string {
  return typeof rule.clinicianReason === "string" ? rule.clinicianReason : rule.clinicianReason.of(facts);
}

/**
 * Plain-English reason for the patient's care card (never a diagnosis), naming only
 * what these answers reported.
 */
export function patientReasonFor(id: RuleId, facts: TriageFacts): string {
  const reason = ruleById(id).patientReason;
  return typeof reason === "string" ? reason : reason.of(facts) || reason.general;
}

/** The patient reason with every alternative, for lists read before anything is answered. */
export function generalPatientReason(rule: RuleDef): string {
  return typeof rule.patientReason === "string" ? rule.patientReason : rule.patientReason.general;
}

/** Extra advice for the patient's care card beyond the level's own, if the rule has any. */
export function patientAdviceFor(id: RuleId): string | undefined {
  return ruleById(id).patientAdvice;
}

/**
 * The booking page's question before confirming ("Do you have any of these now?"):
 * the emergency rules' own patient reasons, so the wording has one source.
 */
export const BOOKING_SAFETY_SCREEN: readonly { readonly ruleId: RuleId; readonly text: string }[] = RULE_DEFS.filter(
  (rule) => rule.level === "emergency",
).map((rule) => ({ ruleId: rule.id as RuleId, text: generalPatientReason(rule) }));
