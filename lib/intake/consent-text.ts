// Consent to process health data (UK GDPR Art. 9(2)(a)). The version is stored with
// the consent and its time; change the wording only together with a new version.

export const CONSENT_TEXT_VERSION = 1;

export const CONSENT_TEXT = {
  version: CONSENT_TEXT_VERSION,
  heading: "Using your answers",
  paragraphs: [
    "Your answers are about your health, so we need your permission to keep and use them.",
    "Your physio and the clinic team will read them to plan your care. We keep them safe and only use them for your care.",
    "We won't share them with anyone outside the clinic unless you agree, or the law says we must.",
    "You can ask to see your answers at any time. You can also change your mind by telling the clinic. We'll stop using your answers for anything new, but we must keep health records for the time the law says.",
  ],
  statement: "I agree that the clinic can keep and use my health answers for my care.",
} as const;
