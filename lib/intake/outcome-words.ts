/**
 * What a patient is told after sending the questionnaire: the care card's words
 * (app/_components/care-card.tsx) and the thank-you, shared with the JSON API so a
 * kiosk or clinic app says exactly what the page says.
 */
export const CARE_WORDS = {
  emergency: {
    heading: "Call 999 or go to A&E now",
    lead: "What you told us can be a sign of something serious that needs a doctor straight away. Do not wait for your physiotherapy appointment.",
  },
  urgent: {
    heading: "Get seen by a doctor or nurse today",
    lead: "What you told us means you should be checked today, before your physiotherapy appointment.",
  },
} as const;

export const THANK_YOU = {
  heading: "Thank you: your answers are with the clinic",
  lead: "Your therapist will read your answers before you arrive.",
} as const;

/** The API's outcome and message for a disposition: emergency and urgent as the card says; anything else is booked. */
export function outcomeMessage(disposition: string): { outcome: "emergency" | "urgent" | "booked"; message: string } {
  if (disposition === "emergency" || disposition === "urgent") {
    const words = CARE_WORDS[disposition];
    return { outcome: disposition, message: `${words.heading}. ${words.lead}` };
  }
  return { outcome: "booked", message: `${THANK_YOU.heading}. ${THANK_YOU.lead}` };
}
