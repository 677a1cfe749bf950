import type { QuestionDef, Wording } from "./question-types";
import { REGIONS, type Region } from "./regions";

// Some questions name the place that hurts ("on your leg", "the painful joint"). The
// definition keeps the spec's wording plus variants by region; these pure functions
// pick the one a patient reads, in the form, on the review page and in the errors the
// schema gives. Staff views keep the clinician's labels.

const worded = new WeakMap<QuestionDef, Map<Region, QuestionDef>>();

const isRegion = (value: unknown): value is Region => typeof value === "string" && REGIONS.includes(value as Region);

/**
 * The question as a patient who answered `region` reads it. The same object every
 * time for a question and region, so schemas built from it stay cached; the question
 * itself when it has no wording for that region.
 */
export function wordedFor<Q extends QuestionDef>(question: Q, region: unknown): Q {
  if (!isRegion(region)) return question;
  const wording = question.wordingByRegion?.[region];
  if (!wording) return question;
  let byRegion = worded.get(question);
  if (!byRegion) worded.set(question, (byRegion = new Map()));
  let copy = byRegion.get(region);
  if (!copy) byRegion.set(region, (copy = { ...question, ...wording }));
  return copy as Q;
}

/** The same wording for every region, from one place name each ("the painful knee"). */
export function wordingForEachRegion(places: Record<Region, string>, word: (place: string) => Wording) {
  return Object.fromEntries(REGIONS.map((region) => [region, word(places[region])])) as Record<Region, Wording>;
}
