import type { QuestionDef, Section } from "../question-types";

export const ABOUT_YOU_SECTION = {
  id: "A",
  title: "About you",
  clinician: "Demographics and risk factors",
} as const satisfies Section;

export const ABOUT_YOU = [
  {
    id: "dob",
    section: "A",
    type: "date",
    required: true,
    text: "What is your date of birth?",
    hint: "For example, 14 3 1985",
    clinician: "Date of birth",
    note: "Age is counted in completed years on the clinic's calendar on the day the answers were sent, as triage counts it.",
    name: "Date of birth",
    rule: { kind: "birth", minAge: 5, maxAge: 110 },
    error: "Enter your date of birth",
  },
  {
    id: "sex",
    section: "A",
    type: "choice",
    required: false,
    text: "What is your sex?",
    hint: "You can skip this question.",
    clinician: "Sex",
    options: [
      { code: "female", label: "Female" },
      { code: "male", label: "Male" },
      { code: "other", label: "Other" },
      { code: "prefer_not_to_say", label: "I'd rather not say", clinician: "Prefers not to say" },
    ],
    error: "Choose one answer, or skip this question",
  },
  {
    id: "diabetes",
    section: "A",
    type: "bool",
    required: true,
    text: "Do you have diabetes?",
    clinician: "Diabetes mellitus",
    error: "Answer yes or no: do you have diabetes?",
  },
  {
    id: "osteoporosis_or_steroids",
    section: "A",
    type: "bool",
    required: true,
    text: "Do you have weak bones (osteoporosis), or have you taken steroid tablets for a long time?",
    hint: "Steroid tablets means tablets like prednisolone, taken every day for 3 months or more.",
    clinician: "Osteoporosis or long-term oral corticosteroids",
    note: "Long-term is taken as 3 months or more (the usual threshold for steroid-induced bone loss).",
    error: "Answer yes or no: do you have weak bones, or take steroid tablets?",
  },
] as const satisfies readonly QuestionDef[];
