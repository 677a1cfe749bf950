import { footerLines, from, greeting } from "@/lib/booking/emails";
import { formatDuration, formatTime, formatWhen, zoneLabel } from "@/lib/booking/format";
import { dateInWords } from "@/lib/calendar/dates";
import type { PublicContact } from "@/lib/clinic/contact";
import { inSentence } from "@/lib/english";
import { textAndHtml } from "@/lib/mail/html";
import type { MailMessage } from "@/lib/mail/message";

export interface WaitlistMailDetails {
  clinic: PublicContact;
  patientName: string;
  to: string;
  typeName: string;
  /** Null: any therapist. */
  therapistName: string | null;
}

const withWhom = (name: string | null) => (name ? `with ${name}` : "with any of our therapists");

/** "You're on the waitlist": what they asked for, how offers work, and the link to leave. */
export function joinedMail(d: WaitlistMailDetails & { from: string; until: string; leaveUrl: string }): MailMessage {
  const title = "You're on the waitlist";
  const range =
    d.from === d.until ? `on ${dateInWords(d.from)}` : `between ${dateInWords(d.from)} and ${dateInWords(d.until)}`;
  return {
    kind: "waitlist-joined",
    from: from(d.clinic),
    to: d.to,
    subject: `You're on the waitlist for ${inSentence(d.typeName)}`,
    ...textAndHtml(
      title,
      greeting(d.patientName),
      [
        {
          paragraph: `We will e-mail you if a time comes free for ${inSentence(d.typeName)} ${withWhom(d.therapistName)} ${range}.`,
        },
        {
          paragraph:
            "Each time that comes free goes to the first person waiting for it. We hold it for you for 30 minutes; one press books it.",
        },
        { paragraph: "If you no longer need a time, you can leave the list:" },
        { link: d.leaveUrl, label: "Leave the waitlist" },
      ],
      footerLines(d.clinic),
    ),
  };
}

/** "A time has come free": the time, how long it is held, and the one link that books it. */
export function offerMail(
  d: WaitlistMailDetails & { therapistName: string; minutes: number; start: Date; heldUntil: Date; offerUrl: string },
): MailMessage {
  const zone = d.clinic.timeZone;
  const title = "A time has come free for you";
  return {
    kind: "waitlist-offer",
    from: from(d.clinic),
    to: d.to,
    subject: `A time has come free: ${formatWhen(d.start, zone)}`,
    ...textAndHtml(
      title,
      greeting(d.patientName),
      [
        {
          paragraph: `A time you were waiting for has come free: ${inSentence(d.typeName)} (${formatDuration(d.minutes)}) with ${d.therapistName}.`,
        },
        { lines: [`When: ${formatWhen(d.start, zone)} (${zoneLabel(zone)})`, `Where: ${d.clinic.address}`] },
        {
          paragraph: `We are holding it for you until ${formatTime(d.heldUntil, zone)} (${zoneLabel(zone)}). After that it goes to the next person waiting.`,
        },
        { link: d.offerUrl, label: "Book this time" },
        {
          paragraph: "If it does not suit you, open the same link and let it go: you stay on the list for other times.",
        },
      ],
      footerLines(d.clinic),
    ),
  };
}
