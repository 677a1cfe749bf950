import "server-only";

import { openManageLink } from "@/lib/booking/manage";
import { getClinic } from "@/lib/clinic/data";

import { consentWithdrawnMail } from "./consent-emails";
import { withdrawConsentRow } from "./data";

export type WithdrawOutcome = "withdrawn" | "already" | "not_sent" | "not_found";

/**
 * Withdraws consent for the questionnaire sent for the manage link's booking, as
 * easily as it was given: one press, any time (also after the appointment), with
 * an e-mail confirming it.
 */
export async function withdrawConsentByToken(token: string, now = new Date()): Promise<WithdrawOutcome> {
  const booking = await openManageLink(token);
  if (!booking) return "not_found";
  if (booking.questionnaire.state !== "sent") return "not_sent";
  if (booking.questionnaire.withdrawnAt) return "already";
  const clinic = await getClinic();
  const mail = consentWithdrawnMail(
    {
      clinic,
      patientName: booking.patient.name,
      to: booking.patient.email,
      typeName: booking.type.name,
      start: booking.startsAt,
    },
    now,
  );
  return (await withdrawConsentRow(booking.id, now, mail)) ? "withdrawn" : "already";
}
