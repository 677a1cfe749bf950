import type { QuestionDef, Section } from "../question-types";

export const SYMPTOMS_SECTION = {
  id: "E",
  title: "Other symptoms",
  clinician: "Mechanical and other symptoms",
} as const satisfies Section;

export const SYMPTOMS = [
  {
    id: "symptoms",
    section: "E",
    type: "multi",
    required: true,
    mayBeEmpty: true,
    noneLabel: "None of these",
    text: "Do you have any of these?",
    hint: "Choose all that fit.",
    clinician: "Symptoms",
    options: [
      { code: "clicking_grinding", label: "Clicking or grinding", clinician: "Clicking / crepitus" },
      { code: "giving_way", label: "It gives way under you", clinician: "Giving way (instability)" },
      {
        code: "locking",
        label: "It gets stuck and you can't straighten it",
        clinician: "Locking (block to extension)",
      },
      { code: "catching", label: "It catches for a moment", clinician: "Catching" },
      { code: "swelling", label: "Swelling", clinician: "Swelling / effusion" },
      { code: "bruising", label: "Bruising", clinician: "Bruising / ecchymosis" },
      { code: "stiffness", label: "Stiffness", clinician: "Stiffness" },
      { code: "weakness", label: "Weakness", clinician: "Weakness" },
    ],
    error: "Choose the symptoms you have, or choose 'None of these'",
  },
  {
    id: "swelling_speed",
    section: "E",
    type: "choice",
    required: true,
    text: "How soon after the injury did it swell?",
    clinician: "Time to swelling after injury",
    note: "Swelling within 2 hours suggests a haemarthrosis; over 2 to 24 hours, a reactive effusion.",
    options: [
      { code: "within_2_hours", label: "Within 2 hours", clinician: "Within 2 h" },
      { code: "within_24_hours", label: "Later that day (within 24 hours)", clinician: "2–24 h" },
      { code: "gradual", label: "Slowly, over more than a day", clinician: "Gradual (> 24 h)" },
    ],
    shownWhen: {
      all: [
        { q: "onset", eq: "sudden_injury" },
        { q: "symptoms", has: "swelling" },
      ],
    },
    error: "Choose how soon it swelled",
  },
] as const satisfies readonly QuestionDef[];
