import { RULES, type Rule } from "./rules";

// Ids and levels of the emergency and urgent rules in triage rules version 1, derived
// from the rules table. Content that tells patients when to get urgent help cites
// these ids, so the advice and the triage stay in step. "Soon" rules are not red
// flags: the condition pages' urgent-help box has no place for them.

type RedFlagRule = Extract<Rule, { readonly level: "emergency" | "urgent" }>;

export type RedFlagId = RedFlagRule["id"];

export const RED_FLAG_LEVELS = Object.fromEntries(
  RULES.filter((rule) => rule.level !== "soon").map((rule) => [rule.id, rule.level]),
) as { readonly [R in RedFlagRule as R["id"]]: R["level"] };

export const RED_FLAG_IDS = Object.keys(RED_FLAG_LEVELS) as [RedFlagId, ...RedFlagId[]];
