import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { isSlotFree } from "@/lib/booking/availability";
import { bookingTimes } from "@/lib/booking/blocked-window";
import { executorFor } from "@/lib/booking/data/bookings";
import { loadSlotInputs } from "@/lib/booking/data/slot-inputs";
import { cancelledMail, rescheduledMail } from "@/lib/booking/emails";
import { isDeadlock, isExclusionViolation } from "@/lib/booking/errors";
import { formatShortWhen } from "@/lib/booking/format";
import { instantAt } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/queue";
import { isUuid } from "@/lib/uuid";

import type { MoveTimeInput, StaffCancelInput } from "../schedule-schemas";
import { NO_THERAPIST } from "../ids";
import { patientMailDetailsIn } from "./booking-mail";

const DAY_MS = 86_400_000;

/** A live booking still to come that this actor may change: a therapist their own, an admin any. */
async function changeable(actor: StaffActor, bookingId: string, now: Date) {
  if (!isUuid(bookingId)) return null;
  const mine = actor.role === "admin" ? {} : { therapistId: actor.therapistId ?? NO_THERAPIST };
  return db.booking.findFirst({
    where: { id: bookingId, status: "booked", startsAt: { gt: now }, ...mine },
    select: { id: true, therapistId: true, startsAt: true, appointmentType: { select: { slug: true } } },
  });
}

/**
 * Cancels a booking still to come and e-mails the patient the cancellation (with
 * the calendar file that removes it), audited, in one transaction. Anyone else's
 * booking, or one past or cancelled, answers as one that does not exist.
 */
export async function cancelForPatient(
  actor: StaffActor,
  input: StaffCancelInput,
  now = new Date(),
): Promise<"cancelled" | "not_found"> {
  assertActor(actor);
  const booking = await changeable(actor, input.bookingId, now);
  if (!booking) return "not_found";
  return db.$transaction(async (tx) => {
    const changed = await tx.booking.updateMany({
      where: { id: booking.id, status: "booked" },
      data: { status: "cancelled", cancelledAt: now },
    });
    if (changed.count === 0) return "not_found";
    await recordAudit(tx, actor, "booking.cancel", "booking", booking.id);
    const details = await patientMailDetailsIn(tx, booking.id);
    if (details) await enqueueMail(executorFor(tx), cancelledMail(details, "clinic"));
    return "cancelled";
  });
}

/**
 * Moves a booking to another start with the same therapist, inside their hours and
 * clear of their other bookings (the notice period and booking horizon are the
 * patients' limits, not the clinic's), and e-mails the patient the new time and
 * calendar file. Pending reminders move with it. The EXCLUDE constraint settles a race.
 */
export async function moveForPatient(
  actor: StaffActor,
  input: MoveTimeInput,
  now = new Date(),
): Promise<"moved" | "not_found" | "not_free"> {
  assertActor(actor);
  const booking = await changeable(actor, input.bookingId, now);
  if (!booking) return "not_found";
  const { timeZone } = await getClinic();
  const [hours, minutes] = input.time.split(":").map(Number) as [number, number];
  const start = instantAt(input.date, hours * 60 + minutes, timeZone);
  const inputs = await loadSlotInputs(
    booking.appointmentType.slug,
    booking.therapistId,
    new Date(start.getTime() - DAY_MS),
    new Date(start.getTime() + DAY_MS),
    booking.id,
    { fresh: true },
  );
  if ("unknown" in inputs) return "not_free";
  const rules = { ...inputs.type, minNoticeMinutes: 0, horizonDays: Math.max(inputs.type.horizonDays, 366) };
  if (!inputs.therapists[0] || !isSlotFree(inputs.therapists[0], rules, start, timeZone, now)) return "not_free";
  try {
    return await db.$transaction(async (tx) => {
      const changed = await tx.booking.updateMany({
        where: { id: booking.id, status: "booked" },
        data: { ...bookingTimes(start, inputs.type), messagesFrom: now, updatedAt: new Date() },
      });
      if (changed.count === 0) return "not_found";
      await recordAudit(tx, actor, "booking.reschedule", "booking", booking.id, {
        from: formatShortWhen(booking.startsAt, timeZone),
        to: formatShortWhen(start, timeZone),
      });
      const details = await patientMailDetailsIn(tx, booking.id);
      if (details) await enqueueMail(executorFor(tx), rescheduledMail(details, "clinic"));
      return "moved";
    });
  } catch (error) {
    if (isExclusionViolation(error) || isDeadlock(error)) return "not_free";
    throw error;
  }
}
