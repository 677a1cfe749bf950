import type { Condition } from "./question-types";

export interface ConditionContext {
  /** Completed years; undefined while the date of birth is missing or invalid. */
  readonly age: number | undefined;
}

/** Whether a "shown when" condition holds. Any test on an absent answer is false. */
export function conditionHolds(
  condition: Condition,
  answers: Readonly<Record<string, unknown>>,
  context: ConditionContext,
): boolean {
  if ("all" in condition) return condition.all.every((c) => conditionHolds(c, answers, context));
  if ("any" in condition) return condition.any.some((c) => conditionHolds(c, answers, context));
  if ("age" in condition) {
    const { age } = context;
    if (age === undefined) return false;
    const { min = -Infinity, max = Infinity } = condition.age;
    return age >= min && age <= max;
  }
  const value = answers[condition.q];
  if (value === undefined || value === null) return false;
  if ("eq" in condition) return value === condition.eq;
  if ("ne" in condition) return value !== condition.ne;
  if ("in" in condition) return typeof value === "string" && condition.in.includes(value);
  return Array.isArray(value) && value.includes(condition.has);
}

/** Question ids a condition reads (so tests can check they come earlier). */
export function conditionQuestionIds(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(conditionQuestionIds);
  if ("any" in condition) return condition.any.flatMap(conditionQuestionIds);
  if ("age" in condition) return [];
  return [condition.q];
}

const code = (value: string | boolean) => (typeof value === "boolean" ? (value ? "yes" : "no") : `\`${value}\``);

/** The condition in words for the rules document, e.g. "`region` is `knee` and age 16 or under". */
export function describeCondition(condition: Condition, nested = false): string {
  if ("all" in condition || "any" in condition) {
    const parts = "all" in condition ? condition.all : condition.any;
    const text = parts.map((c) => describeCondition(c, true)).join("all" in condition ? " and " : " or ");
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if ("age" in condition) {
    const { min, max } = condition.age;
    if (min !== undefined && max !== undefined) return `age ${min} to ${max}`;
    if (max !== undefined) return `age ${max} or under`;
    return `age ${min ?? 0} or over`;
  }
  const q = `\`${condition.q}\``;
  if ("eq" in condition) return `${q} is ${code(condition.eq)}`;
  if ("ne" in condition) return `${q} is answered and is not ${code(condition.ne)}`;
  if ("in" in condition) return `${q} is one of ${condition.in.map(code).join(", ")}`;
  return `${q} includes ${code(condition.has)}`;
}
