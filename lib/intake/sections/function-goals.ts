import type { QuestionDef, Section } from "../question-types";

export const FUNCTION_GOALS_SECTION = {
  id: "G",
  title: "What you want to get back to",
  clinician: "Function and goals",
} as const satisfies Section;

export const FUNCTION_GOALS = [
  {
    id: "psfs",
    section: "G",
    type: "psfs",
    required: true,
    minRows: 1,
    maxRows: 3,
    activityLength: { min: 2, max: 80 },
    score: { min: 0, max: 10, minLabel: "0 = you can't do it at all", maxLabel: "10 = you can do it like before" },
    text: "Which activities are hard for you because of this problem?",
    hint: "List 1 to 3 things, like 'running for 30 minutes' or 'going down stairs'. Give each a score from 0 to 10.",
    clinician: "Patient-Specific Functional Scale",
    note: "0 = unable to perform, 10 = pre-problem level; the PSFS score is the mean of the item scores.",
    error: "Add at least one activity that is hard for you, with a score from 0 to 10",
  },
  {
    id: "goal",
    section: "G",
    type: "text",
    required: false,
    minLength: 0,
    maxLength: 500,
    text: "What would you most like to get back to doing?",
    hint: "You can skip this question.",
    clinician: "Patient's goal",
    error: "Write your goal in words, or leave it empty",
  },
  {
    id: "event_date",
    section: "G",
    type: "date",
    required: false,
    rule: { kind: "not_past" },
    name: "Event date",
    text: "Are you aiming for a race or an event? When is it?",
    hint: "For example, 14 3 2027. Leave this empty if you're not.",
    clinician: "Target event date",
    error: "Enter the date of your event, or leave it empty",
  },
  {
    id: "previous_episode",
    section: "G",
    type: "bool",
    required: true,
    text: "Have you had this problem before?",
    clinician: "Previous episode",
    error: "Answer yes or no: have you had this problem before?",
  },
] as const satisfies readonly QuestionDef[];
