import { list } from "./facts";

type Part = string | false | undefined;

/**
 * The parts a patient reported, joined ("at night and at rest"): a care card names
 * what the patient said, not every alternative of the rule.
 */
export function reported(parts: readonly Part[]): string {
  return list(parts.filter((part): part is string => typeof part === "string" && part !== ""));
}

/** The same as a sentence's start ("Numbness … and new problems …"). */
export function sentence(parts: readonly Part[]): string {
  const text = reported(parts);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
