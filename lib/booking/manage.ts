import "server-only";

import { localDateOf, localDateRange } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";

import { isSlotFree } from "./availability";
import { bookingTimes } from "./blocked-window";
import { intakePath, managePath, type BookingReply } from "./book";
import {
  cancelBookingRow,
  findBookingByTokenHash,
  moveBooking,
  type ManagedBooking,
  type TherapistNotice,
} from "./data/manage";
import { loadSlotInputs } from "./data/slot-inputs";
import { cancelledMail, rescheduledMail, type BookingMailDetails } from "./emails";
import { ScheduleChangedError, SlotUnavailableError } from "./errors";
import { hashToken, isWellFormedToken, sameHash } from "./tokens";
import { rowLimits } from "@/lib/limits/data";
import { therapistNotice } from "@/lib/messages/emails";
import { nudgeWaitlist } from "@/lib/waitlist/nudge";

/**
 * The booking a manage link opens, or null. A malformed token, an unknown one
 * and a wrong one all come back the same way, so a guess learns nothing.
 */
export async function openManageLink(token: string): Promise<ManagedBooking | null> {
  if (!isWellFormedToken(token)) return null;
  const hash = hashToken(token);
  const booking = await findBookingByTokenHash(hash);
  return booking && sameHash(booking.manageTokenHash, hash) ? booking : null;
}

/** Online changes close at the type's cut-off before the start (24 hours unless the clinic says otherwise). */
export function canChangeOnline(booking: ManagedBooking, now = new Date()): boolean {
  return (
    booking.status === "booked" &&
    now.getTime() < booking.startsAt.getTime() - booking.type.cancelCutoffMinutes * 60_000
  );
}

async function mailDetails(
  booking: ManagedBooking,
  token: string,
  start: Date,
  end: Date,
): Promise<BookingMailDetails> {
  const site = siteUrl();
  return {
    bookingId: booking.id,
    clinic: await getClinic(),
    patientName: booking.patient.name,
    to: booking.patient.email,
    typeName: booking.type.name,
    minutes: booking.type.minutes,
    therapistName: booking.therapist.displayName,
    start,
    end,
    manageUrl: new URL(managePath(token), site).toString(),
    intakeUrl: new URL(intakePath(token), site).toString(),
    // Calendars need a larger SEQUENCE for each change: seconds since booking does that.
    sequence: Math.floor((Date.now() - booking.createdAt.getTime()) / 1000),
  };
}

export type ChangeOutcome =
  { ok: true } | { ok: false; error: "not_found" | "closed" | "slot_unavailable" | "too_many_changes" };

// The clinic's limit of online changes (reschedules and cancelling) per booking; none when limits are off.
const maxChanges = async () => (await rowLimits())?.changesPerBooking ?? null;
const asOutcome = (result: "done" | "closed" | "too_many_changes"): ChangeOutcome =>
  result === "done" ? { ok: true } : { ok: false, error: result };

/** Moves the booking to a new start with the same therapist, by the same rules as a new booking. */
export async function rescheduleByToken(token: string, startIso: string, now = new Date()): Promise<ChangeOutcome> {
  const booking = await openManageLink(token);
  if (!booking) return { ok: false, error: "not_found" };
  if (!canChangeOnline(booking, now)) return { ok: false, error: "closed" };
  // As a new booking: from the cached schedule, then, if it changed meanwhile, from the database's.
  const cached = await moveTo(booking, token, new Date(startIso), now, false);
  const outcome = cached !== "schedule_changed" ? cached : await moveTo(booking, token, new Date(startIso), now, true);
  if (outcome === "schedule_changed") return { ok: false, error: "slot_unavailable" };
  // The old time is free: someone on the waitlist may want it.
  if (outcome.ok) await nudgeWaitlist();
  return outcome;
}

async function moveTo(
  booking: ManagedBooking,
  token: string,
  start: Date,
  now: Date,
  fresh: boolean,
): Promise<ChangeOutcome | "schedule_changed"> {
  const clinic = await getClinic();
  const day = localDateOf(start, clinic.timeZone);
  const range = localDateRange(day, day, clinic.timeZone);
  const inputs = await loadSlotInputs(
    booking.type.slug,
    booking.therapist.id,
    new Date(range.from.getTime() - 86_400_000),
    new Date(range.to.getTime() + 86_400_000),
    booking.id,
    { fresh },
  );
  const schedule = "unknown" in inputs ? undefined : inputs.therapists[0];
  if (!schedule || "unknown" in inputs || !isSlotFree(schedule, inputs.type, start, inputs.timeZone, now)) {
    return { ok: false, error: "slot_unavailable" };
  }
  const times = bookingTimes(start, booking.type);
  try {
    const mail = rescheduledMail(await mailDetails(booking, token, start, times.endsAt));
    const notice = await noticeFor(booking, start);
    return asOutcome(
      await moveBooking(
        booking.id,
        { ...times, messagesFrom: now },
        mail,
        await maxChanges(),
        inputs.dataVersion,
        notice,
      ),
    );
  } catch (error) {
    if (error instanceof SlotUnavailableError) return { ok: false, error: "slot_unavailable" };
    if (error instanceof ScheduleChangedError) return "schedule_changed";
    throw error;
  }
}

export async function cancelByToken(token: string, now = new Date()): Promise<ChangeOutcome> {
  const booking = await openManageLink(token);
  if (!booking) return { ok: false, error: "not_found" };
  if (!canChangeOnline(booking, now)) return { ok: false, error: "closed" };
  const mail = cancelledMail(await mailDetails(booking, token, booking.startsAt, booking.endsAt));
  const outcome = asOutcome(await cancelBookingRow(booking.id, mail, await maxChanges(), await noticeFor(booking)));
  if (outcome.ok) await nudgeWaitlist();
  return outcome;
}

/** The short notice the therapist gets when their patient moves (to `movedTo`) or cancels online. */
async function noticeFor(booking: ManagedBooking, movedTo?: Date): Promise<TherapistNotice> {
  const clinic = await getClinic();
  const scheduleUrl = new URL("/staff/schedule", siteUrl()).toString();
  return (to) =>
    therapistNotice({ clinic, to, typeName: booking.type.name, was: booking.startsAt, now: movedTo, scheduleUrl });
}

/** The booking a manage link opens, as `POST /api/bookings` answers it (for the JSON API after a change). */
export async function bookingReplyByToken(token: string): Promise<BookingReply | null> {
  const booking = await openManageLink(token);
  if (!booking) return null;
  const site = siteUrl();
  return {
    id: booking.id,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    therapist: { id: booking.therapist.id, displayName: booking.therapist.displayName },
    type: { slug: booking.type.slug, name: booking.type.name },
    manageUrl: new URL(managePath(token), site).toString(),
    intakeUrl: new URL(intakePath(token), site).toString(),
  };
}
