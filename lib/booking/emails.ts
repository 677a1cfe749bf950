import type { PublicContact } from "@/lib/clinic/contact";
import { textAndHtml } from "@/lib/mail/html";
import type { MailMessage } from "@/lib/mail/message";

import { inSentence, withArticle } from "@/lib/english";

import { formatDuration, formatWhen, zoneLabel } from "./format";

export interface BookingMailDetails {
  bookingId: string;
  clinic: PublicContact;
  patientName: string;
  to: string;
  typeName: string;
  minutes: number;
  therapistName: string;
  start: Date;
  end: Date;
  manageUrl: string;
  intakeUrl: string;
  /** 0 when booked, then one more for each change. */
  sequence: number;
  /**
   * "Is this you? Link my visits": only when earlier records have this name and
   * e-mail. Sent only here, to the address itself, so following it proves the
   * patient reads that mailbox; the API and the screen never show it.
   */
  linkVisitsUrl?: string;
}

export function when(d: Pick<BookingMailDetails, "start" | "clinic">) {
  return `${formatWhen(d.start, d.clinic.timeZone)} (${zoneLabel(d.clinic.timeZone)})`;
}

export function calendar(d: BookingMailDetails, filename: string, cancelled = false): MailMessage["calendar"] {
  const entry = {
    uid: d.bookingId,
    start: d.start.toISOString(),
    end: d.end.toISOString(),
    title: `${d.typeName} with ${d.therapistName} at ${d.clinic.name}`,
    description: `Change or cancel: ${d.manageUrl}\nBefore you come, please fill in your questionnaire: ${d.intakeUrl}`,
    location: `${d.clinic.name}, ${d.clinic.address}`,
    url: d.manageUrl,
    sequence: d.sequence,
    cancelled,
  };
  return { filename, entry };
}

export const from = (clinic: PublicContact) => `"${clinic.name.replace(/"/g, "")}" <${clinic.email}>`;
// Only patient-typed text in a message: a first name that could be read as a web
// address (one stored before names were checked) is left out rather than let a
// mail program make it a link.
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
export const greeting = (name: string) => {
  const first = firstName(name);
  return /^[\p{L}\p{M}'’-]+$/u.test(first) ? `Hello ${first},` : "Hello,";
};

/** The clinic's name and contact, closing every message to a patient. */
export function footerLines(clinic: PublicContact): string[] {
  return [
    `${clinic.name}, ${clinic.address}`,
    `Phone ${clinic.phone} · ${clinic.email}`,
    "If you feel very unwell or it is an emergency, call 999 or go to A&E.",
  ];
}

export function confirmationMail(d: BookingMailDetails): MailMessage {
  const title = "You're booked";
  return {
    kind: "booking-confirmation",
    from: from(d.clinic),
    to: d.to,
    subject: `Booked: ${d.typeName} on ${formatWhen(d.start, d.clinic.timeZone)}`,
    ...textAndHtml(
      title,
      greeting(d.patientName),
      [
        {
          paragraph: `You are booked in for ${withArticle(inSentence(d.typeName))} (${formatDuration(d.minutes)}) with ${d.therapistName}.`,
        },
        { lines: [`When: ${when(d)}`, `Where: ${d.clinic.address}`] },
        { paragraph: "Before you come: your pre-appointment questionnaire is at this link." },
        { link: d.intakeUrl, label: "Fill in your questionnaire" },
        {
          paragraph:
            "To change or cancel your appointment, use this link. Keep it to yourself: anyone with it can change your booking.",
        },
        { link: d.manageUrl, label: "Change or cancel your appointment" },
        ...(d.linkVisitsUrl
          ? [
              {
                paragraph:
                  "Have you been to us before under this name and e-mail? If so, this link lets you join your visits, so your therapist sees your earlier questionnaires. If you did not book this appointment, ignore it.",
              },
              { link: d.linkVisitsUrl, label: "Link my visits" },
            ]
          : []),
        { paragraph: "The calendar file attached adds the appointment to your calendar." },
      ],
      footerLines(d.clinic),
    ),
    calendar: calendar(d, "appointment.ics"),
  };
}

/** Who made a change: the patient (online) or the clinic (staff), which the e-mail says. */
export type ChangedBy = "patient" | "clinic";

export function rescheduledMail(d: BookingMailDetails, by: ChangedBy = "patient"): MailMessage {
  const title = "Your appointment has moved";
  return {
    kind: "booking-rescheduled",
    from: from(d.clinic),
    to: d.to,
    subject: `Moved: ${d.typeName} is now on ${formatWhen(d.start, d.clinic.timeZone)}`,
    ...textAndHtml(
      title,
      greeting(d.patientName),
      [
        {
          paragraph:
            by === "clinic"
              ? `We have had to move your ${inSentence(d.typeName)} with ${d.therapistName}. The new time is:`
              : `Your ${inSentence(d.typeName)} with ${d.therapistName} has moved. The new time is:`,
        },
        { lines: [`When: ${when(d)}`, `Where: ${d.clinic.address}`] },
        {
          paragraph:
            by === "clinic"
              ? `If the new time does not suit you, use your link to choose another or cancel, or call us on ${d.clinic.phone}.`
              : "Your old time is free again. To change or cancel, use your link:",
        },
        { link: d.manageUrl, label: "Change or cancel your appointment" },
        { paragraph: "The calendar file attached updates the appointment in your calendar." },
      ],
      footerLines(d.clinic),
    ),
    calendar: calendar(d, "appointment.ics"),
  };
}

export function cancelledMail(d: BookingMailDetails, by: ChangedBy = "patient"): MailMessage {
  const title = "Your appointment is cancelled";
  return {
    kind: "booking-cancelled",
    from: from(d.clinic),
    to: d.to,
    subject: `Cancelled: ${d.typeName} on ${formatWhen(d.start, d.clinic.timeZone)}`,
    ...textAndHtml(
      title,
      greeting(d.patientName),
      [
        {
          paragraph:
            by === "clinic"
              ? `We are sorry: we have had to cancel your ${inSentence(d.typeName)} with ${d.therapistName} on ${when(d)}.`
              : `Your ${inSentence(d.typeName)} with ${d.therapistName} on ${when(d)} is cancelled.`,
        },
        {
          paragraph:
            by === "clinic"
              ? `Please book a new time on our website, or call us on ${d.clinic.phone} and we will find you one.`
              : "If you did not mean to cancel, or would like a new time, book again on our website or call us.",
        },
        { paragraph: "The calendar file attached removes the appointment from your calendar." },
      ],
      footerLines(d.clinic),
    ),
    calendar: calendar(d, "cancelled.ics", true),
  };
}
