"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type ActionResult, handleForm, refuse } from "@/lib/forms/action-result";
import { cancelForPatient, moveForPatient } from "@/lib/staff/data/booking-changes";
import { markAttendance } from "@/lib/staff/data/schedule";
import { attendanceSchema, moveTimeSchema, staffCancelSchema } from "@/lib/staff/schedule-schemas";
import { nudgeWaitlist } from "@/lib/waitlist/nudge";

/** Not this user's booking to mark (or gone), or its day has not come yet. */
export type AttendanceRefusal = { reason: "not_found" } | { reason: "too_early" };

// Thin on purpose: check the session, parse, call the domain (which checks the
// booking is this user's to mark, that its time has come, and audits the change).
export async function markAttendanceAction(input: unknown): Promise<ActionResult<object, AttendanceRefusal>> {
  const actor = await requireStaff();
  return handleForm(attendanceSchema, input, async (attendance) => {
    const outcome = await markAttendance(actor, attendance);
    return outcome === "marked" ? undefined : refuse<AttendanceRefusal>({ reason: outcome });
  });
}

/** Not this user's booking to change (or past, cancelled, gone), or the new time is not free in the diary. */
export type BookingChangeRefusal = { reason: "not_found" } | { reason: "not_free" };

/** Moves a booking to another time the therapist is free; the patient is e-mailed the new time. */
export async function moveTimeAction(input: unknown): Promise<ActionResult<object, BookingChangeRefusal>> {
  const actor = await requireStaff();
  return handleForm(moveTimeSchema, input, async (move) => {
    const outcome = await moveForPatient(actor, move);
    if (outcome === "moved") {
      await nudgeWaitlist();
      return undefined;
    }
    return refuse<BookingChangeRefusal>({ reason: outcome });
  });
}

/** Cancels a booking still to come; the patient is e-mailed, and the time is offered to the waitlist. */
export async function cancelForPatientAction(input: unknown): Promise<ActionResult<object, BookingChangeRefusal>> {
  const actor = await requireStaff();
  return handleForm(staffCancelSchema, input, async (cancel) => {
    const outcome = await cancelForPatient(actor, cancel);
    if (outcome === "cancelled") {
      await nudgeWaitlist();
      return undefined;
    }
    return refuse<BookingChangeRefusal>({ reason: outcome });
  });
}
