"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { markAttendance } from "@/lib/staff/data/schedule";
import { attendanceSchema } from "@/lib/staff/schedule-schemas";

export type AttendanceActionResult = { ok: true } | { ok: false; error: "invalid" | "not_found" | "too_early" };

// Thin on purpose: check the session, parse, call the domain (which checks the
// booking is this user's to mark, that its time has come, and audits the change).
export async function markAttendanceAction(input: unknown): Promise<AttendanceActionResult> {
  const actor = await requireStaff();
  const parsed = attendanceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const outcome = await markAttendance(actor, parsed.data);
  return outcome === "marked" ? { ok: true } : { ok: false, error: outcome };
}
