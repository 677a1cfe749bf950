import type { QuestionDef, Section } from "../question-types";
import { AREA_QUESTION, REGIONS, REGION_AREAS, REGION_LABELS } from "../regions";

export const WHERE_SECTION = {
  id: "B",
  title: "Where it hurts",
  clinician: "Site",
} as const satisfies Section;

// Codes come from regions.ts (shared with content and booking); only labels live here.
const KNEE_AREA = {
  front: { label: "The front, around the kneecap", clinician: "Anterior" },
  inside: { label: "The inside (the side nearest your other knee)", clinician: "Medial" },
  outside: { label: "The outside", clinician: "Lateral" },
  back: { label: "The back", clinician: "Posterior" },
  whole: { label: "All over the knee", clinician: "Diffuse" },
} as const satisfies Record<(typeof REGION_AREAS.knee)[number], { label: string; clinician: string }>;

const HIP_AREA = {
  groin_front: { label: "The groin, or the front of the hip", clinician: "Groin / anterior hip" },
  outside: { label: "The outside of the hip", clinician: "Lateral hip" },
  buttock: { label: "The buttock", clinician: "Buttock / posterior hip" },
} as const satisfies Record<(typeof REGION_AREAS.hip_groin)[number], { label: string; clinician: string }>;

const FOOT_AREA = {
  heel_underside: { label: "Under the heel", clinician: "Plantar heel" },
  arch: { label: "The arch (the middle of the sole)", clinician: "Medial arch / midfoot plantar" },
  back_of_heel: { label: "The back of the heel", clinician: "Posterior heel / Achilles insertion" },
  forefoot: { label: "The ball of the foot or the toes", clinician: "Forefoot" },
  top_of_foot: { label: "The top of the foot", clinician: "Dorsum of foot" },
} as const satisfies Record<(typeof REGION_AREAS.foot_heel)[number], { label: string; clinician: string }>;

const REGION_CLINICIAN: Partial<Record<(typeof REGIONS)[number], string>> = {
  hip_groin: "Hip / groin",
  foot_heel: "Foot / heel",
  lower_leg: "Lower leg / calf",
  other: "Other (described)",
};

function areaOptions<const C extends string>(
  codes: readonly C[],
  labels: Record<C, { label: string; clinician: string }>,
) {
  return codes.map((code) => ({ code, ...labels[code] }));
}

export const WHERE = [
  {
    id: "region",
    section: "B",
    type: "choice",
    required: true,
    text: "Where is the problem?",
    hint: "Choose the main place. Your physio will ask about anywhere else.",
    clinician: "Region",
    options: REGIONS.map((code) => ({
      code,
      label: REGION_LABELS[code],
      clinician: REGION_CLINICIAN[code] ?? REGION_LABELS[code],
    })),
    error: "Choose where the problem is",
  },
  {
    id: "side",
    section: "B",
    type: "choice",
    required: true,
    text: "Which side is it?",
    clinician: "Side",
    options: [
      { code: "left", label: "Left" },
      { code: "right", label: "Right" },
      { code: "both", label: "Both sides", clinician: "Bilateral" },
    ],
    shownWhen: { q: "region", ne: "lower_back" },
    error: "Choose which side hurts",
  },
  {
    id: AREA_QUESTION.knee,
    section: "B",
    type: "multi",
    required: true,
    mayBeEmpty: false,
    text: "Which part of your knee hurts?",
    hint: "Choose all that fit.",
    clinician: "Knee area",
    options: areaOptions(REGION_AREAS.knee, KNEE_AREA),
    shownWhen: { q: "region", eq: "knee" },
    error: "Choose at least one part of the knee",
  },
  {
    id: AREA_QUESTION.hip_groin,
    section: "B",
    type: "multi",
    required: true,
    mayBeEmpty: false,
    text: "Which part of your hip or groin hurts?",
    hint: "Choose all that fit.",
    clinician: "Hip area",
    options: areaOptions(REGION_AREAS.hip_groin, HIP_AREA),
    shownWhen: { q: "region", eq: "hip_groin" },
    error: "Choose at least one part of the hip or groin",
  },
  {
    id: AREA_QUESTION.foot_heel,
    section: "B",
    type: "multi",
    required: true,
    mayBeEmpty: false,
    text: "Which part of your foot hurts?",
    hint: "Choose all that fit.",
    clinician: "Foot area",
    options: areaOptions(REGION_AREAS.foot_heel, FOOT_AREA),
    shownWhen: { q: "region", eq: "foot_heel" },
    error: "Choose at least one part of the foot",
  },
  {
    id: "other_description",
    section: "B",
    type: "text",
    required: true,
    minLength: 2,
    maxLength: 200,
    text: "Where is the problem? Tell us in a few words.",
    clinician: "Site (patient's description)",
    shownWhen: { q: "region", eq: "other" },
    error: "Tell us where the problem is, in a few words",
  },
] as const satisfies readonly QuestionDef[];
