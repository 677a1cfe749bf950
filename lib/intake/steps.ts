import { SECTION_IDS, type SectionId } from "./question-types";
import { sectionSchema } from "./schema";
import type { IntakeClock } from "./visibility";

// The questionnaire's steps: one per section, then the page to check every answer.
// Each has its own address (?step=C), so the browser's Back and Forward move between
// them; this module decides which step an address may open.

export const STEPS = [...SECTION_IDS, "review"] as const;
export type Step = (typeof STEPS)[number];

/** A step named in an address or a stored draft; null for anything else. */
export function parseStep(value: unknown): Step | null {
  return STEPS.find((step) => step === value) ?? null;
}

/**
 * The step to open when `wanted` is asked for: it, when every section before it is
 * answered as its Next button requires; otherwise the first section that is not, so an
 * address cannot skip questions.
 */
export function reachableStep(wanted: Step, answers: Record<string, unknown>, clock: IntakeClock): Step {
  const before = SECTION_IDS.slice(0, STEPS.indexOf(wanted));
  return before.find((section: SectionId) => !sectionSchema(section, clock).safeParse(answers).success) ?? wanted;
}

/** The step's address, relative to the questionnaire's page. */
export function stepHref(step: Step): string {
  return `?step=${step}`;
}
