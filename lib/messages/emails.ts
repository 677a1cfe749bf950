import { calendar, footerLines, from, greeting, when, type BookingMailDetails } from "@/lib/booking/emails";
import { formatDuration, formatWhen } from "@/lib/booking/format";
import type { PublicContact } from "@/lib/clinic/contact";
import { inSentence, withArticle } from "@/lib/english";
import { textAndHtml as both, type HtmlBlock } from "@/lib/mail/html";
import type { MailMessage } from "@/lib/mail/message";

import type { PlannedMessage } from "./plan";

/**
 * A reminder, a questionnaire chaser, or both at once (due within the same hour):
 * the time in the clinic's zone, the links and the calendar file. No health details.
 */
export function reminderMail(d: BookingMailDetails, messages: PlannedMessage[]): MailMessage {
  const reminding = messages.some((m) => m.kind === "reminder");
  const chasing = messages.some((m) => m.kind === "chase");
  const type = inSentence(d.typeName);
  const title = reminding ? `Your appointment on ${formatWhen(d.start, d.clinic.timeZone)}` : "Your questionnaire";
  const blocks: HtmlBlock[] = [
    {
      paragraph: reminding
        ? `This is a reminder of your ${type} (${formatDuration(d.minutes)}) with ${d.therapistName}.`
        : `Your ${type} with ${d.therapistName} is coming up, and your pre-appointment questionnaire is not with us yet.`,
    },
    { lines: [`When: ${when(d)}`, `Where: ${d.clinic.address}`] },
    ...(chasing
      ? [
          {
            paragraph: reminding
              ? "Your pre-appointment questionnaire is not with us yet. It takes about 10 minutes and helps your therapist plan your visit."
              : "It takes about 10 minutes and helps your therapist plan your visit.",
          },
          { link: d.intakeUrl, label: "Fill in your questionnaire" },
        ]
      : []),
    {
      paragraph: "To change or cancel, use your own link. Keep it to yourself: anyone with it can change your booking.",
    },
    { link: d.manageUrl, label: "Change or cancel your appointment" },
    { paragraph: "The calendar file attached adds the appointment to your calendar." },
  ];
  return {
    kind: reminding ? "appointment-reminder" : "questionnaire-chase",
    from: from(d.clinic),
    to: d.to,
    subject: reminding
      ? `Reminder: ${d.typeName} on ${formatWhen(d.start, d.clinic.timeZone)}${chasing ? ", and your questionnaire" : ""}`
      : `Please fill in your questionnaire before ${formatWhen(d.start, d.clinic.timeZone)}`,
    ...both(title, greeting(d.patientName), blocks, footerLines(d.clinic)),
    calendar: calendar(d, "appointment.ics"),
  };
}

/** Messages to staff close with the clinic's name and where they come from. */
const staffFooter = (clinic: PublicContact) => [`${clinic.name} · sent by Stride, the clinic's booking system`];

/**
 * To the clinic and the booked therapist when a questionnaire is triaged urgent or
 * emergency: a link to the case and nothing else (no name, condition, flag or answer).
 */
export function urgentCaseAlert(clinic: PublicContact, to: string, caseUrl: string): MailMessage {
  const title = "A case needs review today";
  return {
    kind: "urgent-case-alert",
    from: from(clinic),
    to,
    subject: title,
    ...both(
      title,
      "Hello,",
      [
        { paragraph: "A questionnaire sent just now needs a clinician to review it today. Sign in to see it." },
        { link: caseUrl, label: "Open the case" },
      ],
      staffFooter(clinic),
    ),
  };
}

export interface TherapistNoticeDetails {
  clinic: PublicContact;
  to: string;
  typeName: string;
  /** The time the booking had, and its new time when moved. */
  was: Date;
  now?: Date;
  scheduleUrl: string;
}

/** To the therapist when a patient moves or cancels online: times only, no patient details. */
export function therapistNotice(d: TherapistNoticeDetails): MailMessage {
  const at = (t: Date) => when({ start: t, clinic: d.clinic });
  const booking = withArticle(inSentence(d.typeName));
  const opening = `${booking[0]!.toUpperCase()}${booking.slice(1)} on ${at(d.was)}`;
  const title = d.now ? "A patient moved their appointment" : "A patient cancelled their appointment";
  return {
    kind: "therapist-notice",
    from: from(d.clinic),
    to: d.to,
    subject: title,
    ...both(
      title,
      "Hello,",
      [
        {
          paragraph: d.now
            ? `${opening} has moved to ${at(d.now)}.`
            : `${opening} has been cancelled; the time is free again.`,
        },
        { link: d.scheduleUrl, label: "Open your schedule" },
      ],
      staffFooter(d.clinic),
    ),
  };
}

/** To the patient when staff give their booking to another therapist: same time and place, the new name, the links. */
export function therapistChangedMail(d: BookingMailDetails): MailMessage {
  const title = `Your appointment is now with ${d.therapistName}`;
  return {
    kind: "booking-therapist-changed",
    from: from(d.clinic),
    to: d.to,
    subject: `${title} (${formatWhen(d.start, d.clinic.timeZone)})`,
    ...both(
      title,
      greeting(d.patientName),
      [
        {
          paragraph: `Your ${inSentence(d.typeName)} is now with ${d.therapistName}. The time and place are the same:`,
        },
        { lines: [`When: ${when(d)}`, `Where: ${d.clinic.address}`] },
        { paragraph: "To change or cancel, use your own link:" },
        { link: d.manageUrl, label: "Change or cancel your appointment" },
        { paragraph: "The calendar file attached updates the appointment in your calendar." },
      ],
      footerLines(d.clinic),
    ),
    calendar: calendar(d, "appointment.ics"),
  };
}
