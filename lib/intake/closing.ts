/** A questionnaire link works for this long after the booking was made, however far ahead the appointment is. */
export const LINK_LIFETIME_DAYS = 90;
const LINK_LIFETIME_MS = LINK_LIFETIME_DAYS * 86_400_000;

/** Why a questionnaire link no longer takes answers; null while it does. */
export type IntakeClosed = "cancelled" | "ended" | "expired" | null;

/**
 * The answers are for the clinician before the appointment: once it has ended
 * (or been marked attended or missed) nobody reads new ones, and a link that
 * stays writable forever is a standing way into a patient's record.
 */
export function closedReason(
  booking: { status: "booked" | "cancelled" | "completed" | "no_show" | "held"; endsAt: Date; createdAt: Date },
  now: Date,
): IntakeClosed {
  if (booking.status === "cancelled") return "cancelled";
  if (booking.status !== "booked" || booking.endsAt.getTime() <= now.getTime()) return "ended";
  if (now.getTime() - booking.createdAt.getTime() >= LINK_LIFETIME_MS) return "expired";
  return null;
}
