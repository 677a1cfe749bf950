// The shape of one question in the intake definition. The questionnaire is data so
// that validation, the generated rules document, the patient form and the staff
// views all read one source and cannot drift apart.

import type { Region } from "./regions";

export const SECTION_IDS = ["A", "B", "C", "D", "E", "F", "G", "H"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Section {
  readonly id: SectionId;
  /** Shown to patients (progress bar, step heading). */
  readonly title: string;
  /** Optional one-line introduction for patients. */
  readonly intro?: string;
  /** Heading in the staff case view. */
  readonly clinician: string;
}

/**
 * When a question is shown, as data. Conditions only look at questions earlier in
 * the questionnaire, so they can be checked in one pass; a condition on a question
 * that is absent (hidden or unanswered) is false, `ne` included.
 */
export type Condition =
  | { readonly q: string; readonly eq: string | boolean }
  | { readonly q: string; readonly ne: string }
  | { readonly q: string; readonly in: readonly string[] }
  | { readonly q: string; readonly has: string }
  | { readonly age: { readonly min?: number; readonly max?: number } }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

export interface Option {
  readonly code: string;
  /** Plain English for patients. */
  readonly label: string;
  /** Precise term for the staff view, where it differs from the patient label. */
  readonly clinician?: string;
}

/** A question's patient wording for one region, where the default assumes a limb or a joint. */
export interface Wording {
  readonly text?: string;
  readonly hint?: string;
  readonly error?: string;
}

interface QuestionBase {
  readonly id: string;
  readonly section: SectionId;
  readonly required: boolean;
  /** The question as the patient reads it. */
  readonly text: string;
  readonly hint?: string;
  /** Label in the staff view and the rules document. */
  readonly clinician: string;
  /** What the answer means clinically, where the label alone is not enough. */
  readonly note?: string;
  readonly shownWhen?: Condition;
  /** What to fix when the answer is missing or not one the question allows. */
  readonly error: string;
  /**
   * The text, hint and error as a patient with this region answer reads them
   * (wording.ts); the meaning stays the spec's, only the place is named.
   */
  readonly wordingByRegion?: { readonly [R in Region]?: Wording };
}

export interface ChoiceQuestion extends QuestionBase {
  readonly type: "choice";
  readonly options: readonly Option[];
}

export interface MultiQuestion extends QuestionBase {
  readonly type: "multi";
  readonly options: readonly Option[];
  /** The form offers "none of these", stored as []. */
  readonly mayBeEmpty: boolean;
  readonly noneLabel?: string;
}

export interface BoolQuestion extends QuestionBase {
  readonly type: "bool";
  readonly mustBeTrue?: boolean;
}

export interface IntQuestion extends QuestionBase {
  readonly type: "int";
  readonly min: number;
  readonly max: number;
  readonly minLabel?: string;
  readonly maxLabel?: string;
  /** Must be at least the answer to an earlier int question (worst pain ≥ pain now). */
  readonly atLeast?: { readonly q: string; readonly error: string };
}

export type DateRule =
  { readonly kind: "birth"; readonly minAge: number; readonly maxAge: number } | { readonly kind: "not_past" };

export interface DateQuestion extends QuestionBase {
  readonly type: "date";
  /** How messages name the date, as the GOV.UK date input does: "Date of birth must include a month". */
  readonly name: string;
  readonly rule: DateRule;
}

export interface TextQuestion extends QuestionBase {
  readonly type: "text";
  readonly minLength: number;
  readonly maxLength: number;
}

export interface PsfsQuestion extends QuestionBase {
  readonly type: "psfs";
  readonly minRows: number;
  readonly maxRows: number;
  readonly activityLength: { readonly min: number; readonly max: number };
  readonly score: { readonly min: number; readonly max: number; readonly minLabel: string; readonly maxLabel: string };
}

export type QuestionDef =
  ChoiceQuestion | MultiQuestion | BoolQuestion | IntQuestion | DateQuestion | TextQuestion | PsfsQuestion;

export type QuestionType = QuestionDef["type"];

export interface PsfsRow {
  readonly activity: string;
  readonly score: number;
}

type CodeOf<Q> = Q extends { readonly options: readonly (infer O)[] }
  ? O extends { readonly code: infer C extends string }
    ? C
    : never
  : never;

/** The stored answer for a question, derived from its definition. */
export type AnswerValue<Q> = Q extends { readonly type: "choice" }
  ? CodeOf<Q>
  : Q extends { readonly type: "multi" }
    ? readonly CodeOf<Q>[]
    : Q extends { readonly type: "bool" }
      ? boolean
      : Q extends { readonly type: "int" }
        ? number
        : Q extends { readonly type: "date" | "text" }
          ? string
          : Q extends { readonly type: "psfs" }
            ? readonly PsfsRow[]
            : never;

/** Questions every valid intake answers: required and shown to everyone. */
export type AlwaysAnswered<Q> = Q extends { readonly required: true }
  ? Q extends { readonly shownWhen: unknown }
    ? never
    : Q
  : never;
