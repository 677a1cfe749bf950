// Body regions and areas of the intake questionnaire (stride-intake v1, section B).
// The codes are a contract shared with triage, content and exports; labels are ours.

export const REGIONS = ["knee", "hip_groin", "foot_heel", "ankle", "lower_leg", "thigh", "lower_back", "other"] as const;
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

/** The area question asked for a region (knee_area, hip_area, foot_area). */
export const REGION_AREAS = {
  knee: ["front", "inside", "outside", "back", "whole"],
  hip_groin: ["groin_front", "outside", "buttock"],
  foot_heel: ["heel_underside", "arch", "back_of_heel", "forefoot", "top_of_foot"],
} as const satisfies Partial<Record<Region, readonly string[]>>;

export function areasFor(region: Region): readonly string[] {
  return (REGION_AREAS as Partial<Record<Region, readonly string[]>>)[region] ?? [];
}
