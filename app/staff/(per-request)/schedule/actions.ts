"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type ActionResult, handleForm, refuse } from "@/lib/forms/action-result";
import { markAttendance } from "@/lib/staff/data/schedule";
import { attendanceSchema } from "@/lib/staff/schedule-schemas";

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
