"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { appointmentTypeSchema } from "@/lib/staff/appointment-type-schema";
import { saveAppointmentType } from "@/lib/staff/admin-catalogue";
import { type ActionResult, handleForm } from "@/lib/forms/action-result";

export async function saveAppointmentTypeAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(appointmentTypeSchema, input, (type) => saveAppointmentType(actor, type));
}
