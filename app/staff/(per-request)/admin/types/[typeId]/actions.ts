"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { appointmentTypeSchema } from "@/lib/staff/appointment-type-schema";
import { saveAppointmentType } from "@/lib/staff/admin-catalogue";
import { type FormResult, handleForm } from "@/lib/staff/form-result";

export async function saveAppointmentTypeAction(input: unknown): Promise<FormResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(appointmentTypeSchema, input, (type) => saveAppointmentType(actor, type));
}
