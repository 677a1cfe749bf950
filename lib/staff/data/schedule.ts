import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { getClinic } from "@/lib/clinic/data";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/uuid";

import { canMarkAttendance } from "../schedule-range";
import type { AttendanceInput, IntakeState } from "../schedule-schemas";
import { NO_THERAPIST } from "../ids";

export interface ScheduleBooking {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: "booked" | "cancelled" | "completed" | "no_show";
  /** Cancelled inside the cut-off (recorded by staff). */
  lateCancellation: boolean;
  patientName: string;
  typeName: string;
  /** What the patient typed at booking ("Anything you would like us to know?"), in their own words. */
  patientNote: string | null;
  intake: IntakeState;
}

/**
 * Whose diary an actor may open: a therapist only their own, whatever the URL
 * asks; an admin anyone's (they must name whom). Null when there is none.
 */
export function scheduleOwner(actor: StaffActor, requested: string | undefined): string | null {
  if (actor.role !== "admin") return actor.therapistId;
  return requested && isUuid(requested) ? requested : null;
}

/**
 * One therapist's bookings from `from` (inclusive) to `to` (exclusive), cancelled
 * ones included, each with where its questionnaire stands. The view is audited
 * (patient names are on it) in the same transaction as the read.
 */
export async function listSchedule(
  actor: StaffActor,
  request: { therapistId?: string; from: Date; to: Date },
): Promise<ScheduleBooking[]> {
  assertActor(actor);
  const owner = scheduleOwner(actor, request.therapistId);
  if (!owner) return [];
  const rows = await db.$transaction(async (tx) => {
    const found = await tx.booking.findMany({
      // Times held for waitlist offers show on the waitlist page, not as anyone's appointment.
      where: { therapistId: owner, startsAt: { gte: request.from, lt: request.to }, status: { not: "held" } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        status: true,
        lateCancellation: true,
        notes: true,
        patient: { select: { name: true } },
        appointmentType: { select: { name: true } },
        intake: { select: { id: true, status: true, draftStep: true, caseDisposition: true } },
      },
    });
    await recordAudit(tx, actor, "schedule.view", "therapist", owner);
    return found;
  });
  return rows
    .flatMap(({ status, ...row }) => (status === "held" ? [] : [{ ...row, status }]))
    .map((row) => ({
      id: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      status: row.status,
      lateCancellation: row.lateCancellation,
      patientName: row.patient.name,
      typeName: row.appointmentType.name,
      patientNote: row.notes?.trim() || null,
      intake: !row.intake
        ? { kind: "none" }
        : row.intake.status === "draft"
          ? { kind: "draft", step: row.intake.draftStep }
          : { kind: "submitted", intakeId: row.intake.id, disposition: row.intake.caseDisposition },
    }));
}

export type AttendanceOutcome = "marked" | "not_found" | "too_early";

/**
 * Records that the patient came (completed) or did not (no_show), with the
 * audit event in the same transaction. A therapist may mark only their own
 * bookings: anyone else's (or a cancelled one) answers exactly like a booking
 * that does not exist. Only once the appointment has started or on its day.
 */
export async function markAttendance(
  actor: StaffActor,
  input: AttendanceInput,
  now: Date = new Date(),
): Promise<AttendanceOutcome> {
  assertActor(actor);
  if (!isUuid(input.bookingId)) return "not_found";
  const mine = actor.role === "admin" ? {} : { therapistId: actor.therapistId ?? NO_THERAPIST };
  const { timeZone } = await getClinic();
  return db.$transaction(async (tx) => {
    const booking = await tx.booking.findFirst({
      where: { id: input.bookingId, status: { not: "cancelled" }, ...mine },
      select: { id: true, startsAt: true },
    });
    if (!booking) return "not_found";
    if (!canMarkAttendance(booking.startsAt, now, timeZone)) return "too_early";
    // A late cancellation frees nothing for the future (the day has come) but is kept apart from on-time ones.
    const data =
      input.outcome === "late_cancellation"
        ? { status: "cancelled" as const, cancelledAt: now, lateCancellation: true }
        : { status: input.outcome };
    await tx.booking.update({ where: { id: booking.id }, data });
    await recordAudit(tx, actor, "booking.attendance", "booking", booking.id);
    return "marked";
  });
}
