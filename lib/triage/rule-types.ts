import type { TriageFacts } from "./facts";

export const LEVELS = ["emergency", "urgent", "soon", "routine"] as const;
export type Disposition = (typeof LEVELS)[number];
export type FlagLevel = Exclude<Disposition, "routine">;

/** What each level asks of the clinic (spec §2), for staff and the rules document. */
export const LEVEL_MEANING: Record<Disposition, string> = {
  emergency: "Tell the patient now to call 999 or go to A&E; do not wait for the appointment.",
  urgent: "Same-day medical assessment (GP, urgent treatment centre, minor injuries unit) before physiotherapy.",
  soon: "See a clinician within 72 hours.",
  routine: "No flag fired: the booked appointment as planned.",
};

/** A reason that depends on the facts, with a description of how (for the rules document). */
export interface ReasonOf {
  readonly describe: string;
  readonly of: (facts: TriageFacts) => string;
}

/**
 * A patient reason worded from the answers, for a rule that fires on any of several
 * answers: the care card names only what the patient reported.
 */
export interface PatientReasonOf extends ReasonOf {
  /** Every alternative, for a list read before anything is answered (the booking's safety screen). */
  readonly general: string;
}

export interface RuleDef {
  readonly id: string;
  readonly level: FlagLevel;
  /** The condition in words, as the spec states it (rules document). */
  readonly describe: string;
  readonly when: (facts: TriageFacts) => boolean;
  /**
   * Plain English for the patient's care card: what in their answers matters. Never a diagnosis.
   * Worded from the answers when the rule fires on any of several answers.
   */
  readonly patientReason: string | PatientReasonOf;
  /** Extra plain-English advice for the patient beyond the level's own, if any. */
  readonly patientAdvice?: string;
  /** Precise clinical reason shown to staff as the flag's reason. */
  readonly clinicianReason: string | ReasonOf;
}
