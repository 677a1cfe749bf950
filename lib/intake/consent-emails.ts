import { footerLines, from, greeting, type BookingMailDetails } from "@/lib/booking/emails";
import { formatWhen, zoneLabel } from "@/lib/booking/format";
import { inSentence } from "@/lib/english";
import { textAndHtml } from "@/lib/mail/html";
import type { MailMessage } from "@/lib/mail/message";

/** The patient's confirmation that their consent is withdrawn: what changes, what does not, no health details. */
export function consentWithdrawnMail(
  d: Pick<BookingMailDetails, "clinic" | "patientName" | "to" | "typeName" | "start">,
  at: Date,
): MailMessage {
  const title = "You withdrew your consent";
  const zone = d.clinic.timeZone;
  return {
    kind: "consent-withdrawn",
    from: from(d.clinic),
    to: d.to,
    subject: "You withdrew your consent for your questionnaire",
    ...textAndHtml(
      title,
      greeting(d.patientName),
      [
        {
          paragraph: `On ${formatWhen(at, zone)} (${zoneLabel(zone)}) you withdrew your consent for the answers you gave before your ${inSentence(d.typeName)} on ${formatWhen(d.start, zone)}.`,
        },
        {
          paragraph:
            "From now on the clinic will not use your answers for any new purpose, and leaves them out of the records it exports or shares. The record of the care you have already had is kept, as the law on health records requires.",
        },
        {
          paragraph: `If you did not do this, or want to talk about it, call us on ${d.clinic.phone}.`,
        },
      ],
      footerLines(d.clinic),
    ),
  };
}
