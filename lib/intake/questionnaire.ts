import type { AlwaysAnswered, AnswerValue, QuestionDef, Section, SectionId } from "./question-types";
import { ABOUT_YOU, ABOUT_YOU_SECTION } from "./sections/about-you";
import { CONSENT, CONSENT_SECTION } from "./sections/consent";
import { FUNCTION_GOALS, FUNCTION_GOALS_SECTION } from "./sections/function-goals";
import { HOW_IT_STARTED, HOW_IT_STARTED_SECTION } from "./sections/how-it-started";
import { PAIN, PAIN_SECTION } from "./sections/pain";
import { SAFETY_GENERAL } from "./sections/safety-general";
import { SAFETY_INJURY } from "./sections/safety-injury";
import { SYMPTOMS, SYMPTOMS_SECTION } from "./sections/symptoms";
import { WHERE, WHERE_SECTION } from "./sections/where";

/** The intake questionnaire `stride-intake`, version 1 (shared/specs/intake-and-triage.md §1). */
export const QUESTIONNAIRE_ID = "stride-intake";
export const QUESTIONNAIRE_VERSION = 1;

const SAFETY_SECTION = {
  id: "F",
  title: "Safety questions",
  intro: "These questions check whether you need to be seen quickly.",
  clinician: "Red flags",
} as const satisfies Section;

export const SECTIONS = [
  ABOUT_YOU_SECTION,
  WHERE_SECTION,
  HOW_IT_STARTED_SECTION,
  PAIN_SECTION,
  SYMPTOMS_SECTION,
  SAFETY_SECTION,
  FUNCTION_GOALS_SECTION,
  CONSENT_SECTION,
] as const satisfies readonly Section[];

/** Every question, in questionnaire order (the order answers are shown to staff). */
export const QUESTIONS = [
  ...ABOUT_YOU,
  ...WHERE,
  ...HOW_IT_STARTED,
  ...PAIN,
  ...SYMPTOMS,
  ...SAFETY_INJURY,
  ...SAFETY_GENERAL,
  ...FUNCTION_GOALS,
  ...CONSENT,
] as const satisfies readonly QuestionDef[];

export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question["id"];
export type QuestionOf<Id extends QuestionId> = Extract<Question, { readonly id: Id }>;

/**
 * A validated answer set. Questions everyone must answer are always present; the
 * rest are present only when shown (and, if optional, answered).
 */
export type IntakeAnswers = {
  readonly [Q in AlwaysAnswered<Question> as Q["id"]]: AnswerValue<Q>;
} & {
  readonly [Q in Exclude<Question, AlwaysAnswered<Question>> as Q["id"]]?: AnswerValue<Q>;
};

/** The same list, typed for code that handles any question generically. */
export const QUESTION_DEFS: readonly QuestionDef[] = QUESTIONS;

const BY_ID = new Map<string, QuestionDef>(QUESTION_DEFS.map((q) => [q.id, q]));

export function questionById(id: string): QuestionDef | undefined {
  return BY_ID.get(id);
}

export function questionsInSection(section: SectionId): readonly QuestionDef[] {
  return QUESTION_DEFS.filter((q) => q.section === section);
}
