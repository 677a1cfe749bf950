/** One e-mail, fully rendered when the booking changed (so later edits never alter what was promised). */
export interface MailMessage {
  /** What kind of message, for the one log line (never who it is to). */
  kind: "booking-confirmation" | "booking-rescheduled" | "booking-cancelled";
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}
