import { CONSENT_TEXT } from "../consent-text";
import type { QuestionDef, Section } from "../question-types";

export const CONSENT_SECTION = {
  id: "H",
  title: "Your permission",
  intro: CONSENT_TEXT.paragraphs[0],
  clinician: "Consent",
} as const satisfies Section;

export const CONSENT = [
  {
    id: "consent_health_data",
    section: "H",
    type: "bool",
    required: true,
    mustBeTrue: true,
    text: CONSENT_TEXT.statement,
    clinician: "Explicit consent to process health data (UK GDPR Art. 9(2)(a))",
    note: "The consent text version and the time of consent are stored with the intake.",
    error: "Tick the box to say you agree, so we can use your answers for your care",
  },
] as const satisfies readonly QuestionDef[];
