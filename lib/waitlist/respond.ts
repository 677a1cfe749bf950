import "server-only";

import { intakePath, managePath, type BookingReply } from "@/lib/booking/book";
import { confirmationMail } from "@/lib/booking/emails";
import { sealManageToken } from "@/lib/booking/sealed-token";
import { hashToken, intakeTokenFor, isWellFormedToken, newToken } from "@/lib/booking/tokens";
import { siteUrl } from "@/lib/clinic/site-url";

import { leaveWaitlistEntry } from "./data/entries";
import { acceptOfferRow, declineOfferRow } from "./data/offers";
import { nudgeWaitlist } from "./nudge";

export type AcceptOutcome =
  { ok: true; reply: BookingReply; manageToken: string } | { ok: false; error: "offer_expired" | "not_found" };

/**
 * Books the time an offer holds, for the patient it was offered to: the held row
 * becomes their booking (the constraint has guarded it since it was held), with
 * new manage and questionnaire links and the usual confirmation e-mail.
 */
export async function acceptOffer(offerToken: string, now = new Date()): Promise<AcceptOutcome> {
  if (!isWellFormedToken(offerToken)) return { ok: false, error: "not_found" };
  const manageToken = newToken();
  const site = siteUrl();
  const manageUrl = new URL(managePath(manageToken), site).toString();
  const intakeUrl = new URL(intakePath(manageToken), site).toString();
  const accepted = await acceptOfferRow(hashToken(offerToken), now, (o) => ({
    manageTokenHash: hashToken(manageToken),
    manageTokenSealed: sealManageToken(manageToken),
    intakeTokenHash: hashToken(intakeTokenFor(manageToken)),
    mail: confirmationMail({
      bookingId: o.bookingId,
      clinic: o.clinic,
      patientName: o.patient.name,
      to: o.patient.email,
      typeName: o.type.name,
      minutes: o.type.minutes,
      therapistName: o.therapist.displayName,
      start: o.startsAt,
      end: o.endsAt,
      manageUrl,
      intakeUrl,
      sequence: 0,
    }),
  }));
  if (accepted === null) return { ok: false, error: "not_found" };
  if (accepted === "gone") return { ok: false, error: "offer_expired" };
  return {
    ok: true,
    manageToken,
    reply: {
      id: accepted.bookingId,
      start: accepted.startsAt.toISOString(),
      end: accepted.endsAt.toISOString(),
      therapist: accepted.therapist,
      type: { slug: accepted.type.slug, name: accepted.type.name },
      manageUrl,
      intakeUrl,
    },
  };
}

/** Lets an offered time go to the next person; the patient stays on the list. */
export async function declineOffer(offerToken: string, now = new Date()): Promise<"declined" | "gone" | "not_found"> {
  if (!isWellFormedToken(offerToken)) return "not_found";
  const declined = await declineOfferRow(hashToken(offerToken), now);
  if (declined === null) return "not_found";
  if (!declined) return "gone";
  await nudgeWaitlist();
  return "declined";
}

/** Takes the patient off the list (letting go any time held for them). */
export async function leaveWaitlist(leaveToken: string, now = new Date()): Promise<"left" | "gone" | "not_found"> {
  if (!isWellFormedToken(leaveToken)) return "not_found";
  const left = await leaveWaitlistEntry(hashToken(leaveToken), now);
  if (left === null) return "not_found";
  if (!left) return "gone";
  await nudgeWaitlist();
  return "left";
}
