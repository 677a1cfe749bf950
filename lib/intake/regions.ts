// Body regions and areas of the intake questionnaire (stride-intake v1, section B).
// The codes are a contract shared with triage, content and exports; labels are ours.

export const REGIONS = [
  "knee",
  "hip_groin",
  "foot_heel",
  "ankle",
  "lower_leg",
  "thigh",
  "lower_back",
  "other",
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  knee: "Knee",
  hip_groin: "Hip and groin",
  foot_heel: "Foot and heel",
  ankle: "Ankle",
  lower_leg: "Lower leg and calf",
  thigh: "Thigh",
  lower_back: "Lower back",
  other: "Somewhere else",
};

/** The areas a patient can choose within a region; only these regions ask which part hurts. */
export const REGION_AREAS = {
  knee: ["front", "inside", "outside", "back", "whole"],
  hip_groin: ["groin_front", "outside", "buttock"],
  foot_heel: ["heel_underside", "arch", "back_of_heel", "forefoot", "top_of_foot"],
} as const satisfies Partial<Record<Region, readonly string[]>>;

/** Which question asks for a region's area: the ids the where-section questions (sections/where.ts) are given. */
export const AREA_QUESTION = {
  knee: "knee_area",
  hip_groin: "hip_area",
  foot_heel: "foot_area",
} as const satisfies Record<keyof typeof REGION_AREAS, string>;

/** The area question for a region code from anywhere (a URL, a booking), or undefined when it has none. */
export function areaQuestionFor(
  region: string | null | undefined,
): (typeof AREA_QUESTION)[keyof typeof AREA_QUESTION] | undefined {
  return region && Object.hasOwn(AREA_QUESTION, region)
    ? AREA_QUESTION[region as keyof typeof AREA_QUESTION]
    : undefined;
}

export function areasFor(region: Region): readonly string[] {
  return (REGION_AREAS as Partial<Record<Region, readonly string[]>>)[region] ?? [];
}
