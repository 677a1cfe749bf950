import type { QuestionDef, Section } from "../question-types";

export const PAIN_SECTION = {
  id: "D",
  title: "Your pain",
  clinician: "Pain",
} as const satisfies Section;

// The end labels are the scale's one explanation: shown under its ends and said once,
// as the group's description (a hint repeating them would be heard twice).
const PAIN_SCALE = {
  min: 0,
  max: 10,
  minLabel: "0 = no pain",
  maxLabel: "10 = the worst pain you can imagine",
} as const;

export const PAIN = [
  {
    id: "pain_now",
    section: "D",
    type: "int",
    required: true,
    ...PAIN_SCALE,
    text: "How bad is your pain right now?",
    clinician: "Pain now (NRS 0–10)",
    error: "Choose a number from 0 to 10 for your pain right now",
  },
  {
    id: "pain_worst",
    section: "D",
    type: "int",
    required: true,
    ...PAIN_SCALE,
    text: "How bad was your pain at its worst in the last week?",
    clinician: "Worst pain, last 7 days (NRS 0–10)",
    atLeast: { q: "pain_now", error: "Your worst pain can't be lower than your pain now" },
    error: "Choose a number from 0 to 10 for your worst pain",
  },
  {
    id: "pain_pattern",
    section: "D",
    type: "multi",
    required: true,
    mayBeEmpty: true,
    noneLabel: "None of these",
    text: "When does it hurt?",
    hint: "Choose all that fit.",
    clinician: "Pain pattern",
    options: [
      { code: "first_steps_morning", label: "Your first steps in the morning", clinician: "First-step pain on rising" },
      { code: "after_sitting", label: "When you get up after sitting", clinician: "Pain on rising after sitting" },
      { code: "during_running", label: "While you run", clinician: "During running" },
      { code: "after_running", label: "After you run", clinician: "After running" },
      { code: "stairs", label: "On stairs", clinician: "Stairs" },
      { code: "squatting_kneeling", label: "When you squat or kneel", clinician: "Squatting / kneeling" },
      { code: "at_night", label: "At night", clinician: "At night" },
      { code: "constant_at_rest", label: "All the time, even when you rest", clinician: "Constant, including at rest" },
      { code: "lying_on_side", label: "When you lie on that side", clinician: "Side-lying on the affected side" },
      {
        code: "eases_with_movement",
        label: "It gets better once you get moving",
        clinician: "Eases with movement / warming up",
      },
    ],
    error: "Choose when it hurts, or choose 'None of these'",
  },
] as const satisfies readonly QuestionDef[];
