"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { clinicSettingsSchema } from "@/lib/clinic/settings-schema";
import { saveClinicSettings } from "@/lib/staff/admin-catalogue";
import { type FormResult, handleForm } from "@/lib/staff/form-result";

export async function saveClinicAction(input: unknown): Promise<FormResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(clinicSettingsSchema, input, (settings) => saveClinicSettings(actor, settings));
}
