import "server-only";

import { loadSchedules } from "@/lib/booking/data/slot-inputs";
import { hashToken, newToken } from "@/lib/booking/tokens";
import { addDays, dateInWords, todayIn } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";

import { insertWaitlistEntry, WaitlistLimitReached } from "./data/entries";
import { joinedMail } from "./emails";
import type { WaitlistRequest } from "./schemas";

export const leavePath = (token: string) => `/waitlist/leave/${token}`;

/** How many lists one e-mail address may wait on at once. */
export const MAX_WAITING_PER_EMAIL = 3;

export type JoinOutcome = { ok: true; id: string; leaveUrl: string } | { ok: false; fields: Record<string, string> };

/**
 * Puts a patient on the waitlist for a type, a therapist or anyone, between two
 * dates from today to the type's booking horizon, and e-mails them the link to leave.
 */
export async function joinWaitlist(request: WaitlistRequest, now = new Date()): Promise<JoinOutcome> {
  const inputs = await loadSchedules(request.type, request.therapistId === "any" ? null : request.therapistId);
  if ("unknown" in inputs) {
    return {
      ok: false,
      fields:
        inputs.unknown === "type"
          ? { type: "No appointment type has that name" }
          : { therapistId: "No therapist with that id offers this appointment" },
    };
  }
  const today = todayIn(inputs.timeZone, now);
  const last = addDays(today, inputs.type.horizonDays);
  if (request.from < today) return { ok: false, fields: { from: "Choose a first date from today onwards" } };
  if (request.from > last) {
    return { ok: false, fields: { from: `We book up to ${dateInWords(last)}: choose a first date on or before it` } };
  }
  const therapist =
    request.therapistId === "any" ? null : inputs.therapists.find((t) => t.therapistId === request.therapistId)!;
  const token = newToken();
  const leaveUrl = new URL(leavePath(token), siteUrl()).toString();
  const clinic = await getClinic();
  try {
    const { id } = await insertWaitlistEntry({
      patient: request.patient,
      appointmentTypeId: inputs.type.id,
      therapistId: therapist?.therapistId ?? null,
      from: request.from,
      to: request.to,
      leaveTokenHash: hashToken(token),
      maxWaitingForEmail: MAX_WAITING_PER_EMAIL,
      mail: joinedMail({
        clinic,
        patientName: request.patient.name,
        to: request.patient.email,
        typeName: inputs.type.name,
        therapistName: therapist?.displayName ?? null,
        from: request.from,
        until: request.to,
        leaveUrl,
      }),
    });
    return { ok: true, id, leaveUrl };
  } catch (error) {
    if (!(error instanceof WaitlistLimitReached)) throw error;
    return {
      ok: false,
      fields: {
        "patient.email": `This e-mail address is already on the waitlist ${MAX_WAITING_PER_EMAIL} times, the most we take. To change what you wait for, leave one first, or call us on ${clinic.phone}.`,
      },
    };
  }
}
