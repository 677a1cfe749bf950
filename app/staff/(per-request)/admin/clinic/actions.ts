"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { clinicSettingsSchema } from "@/lib/clinic/settings-schema";
import { updateLimits } from "@/lib/limits/data";
import { limitsSchema } from "@/lib/limits/settings";
import { updateMessageOffsets } from "@/lib/messages/data";
import { messageOffsetsSchema } from "@/lib/messages/settings";
import { saveClinicSettings } from "@/lib/staff/admin-catalogue";
import { type ActionResult, handleForm } from "@/lib/forms/action-result";
import { updateRetentionYears } from "@/lib/patients/data/rights";
import { retentionSchema } from "@/lib/patients/retention-schema";

export async function saveClinicAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(clinicSettingsSchema, input, (settings) => saveClinicSettings(actor, settings));
}

export async function saveLimitsAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(limitsSchema, input, (limits) => updateLimits(actor, limits));
}

export async function saveMessagesAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(messageOffsetsSchema, input, (offsets) => updateMessageOffsets(actor, offsets));
}

export async function saveRetentionAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(retentionSchema, input, ({ years }) => updateRetentionYears(actor, years));
}
