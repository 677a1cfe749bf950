import type { CalendarEntry } from "@/lib/booking/calendar-file";

/**
 * One e-mail, fully decided when the booking changed (so later edits never alter
 * what was promised). The calendar file is kept as its entry and rendered when
 * the message is sent, which keeps that work off the booking request.
 */
export interface MailMessage {
  /** What kind of message, for the one log line (never who it is to). */
  kind:
    | "booking-confirmation"
    | "booking-rescheduled"
    | "booking-cancelled"
    | "sign-in-alert"
    | "appointment-reminder"
    | "questionnaire-chase"
    | "urgent-case-alert"
    | "therapist-notice"
    | "booking-therapist-changed"
    | "waitlist-joined"
    | "waitlist-offer"
    | "consent-withdrawn";
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The same words as `text`, for mail programs that show HTML (lib/mail/html.ts). */
  html?: string;
  calendar?: { filename: string; entry: Omit<CalendarEntry, "start" | "end"> & { start: string; end: string } };
}
