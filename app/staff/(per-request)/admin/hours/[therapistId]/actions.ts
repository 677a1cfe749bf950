"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { addTimeOff, removeTimeOff, saveWeeklyHours } from "@/lib/staff/admin-hours";
import { type ActionResult, handleForm } from "@/lib/forms/action-result";
import { timeOffIdSchema, timeOffSchema, weeklyHoursSchema } from "@/lib/staff/hours-schema";

export async function saveWeeklyHoursAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(weeklyHoursSchema, input, (week) => saveWeeklyHours(actor, week));
}

export async function addTimeOffAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(timeOffSchema, input, (off) => addTimeOff(actor, off));
}

export async function removeTimeOffAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(timeOffIdSchema, input, ({ therapistId, overrideId }) =>
    removeTimeOff(actor, therapistId, overrideId),
  );
}
