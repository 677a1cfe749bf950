"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type ActionResult, handleForm } from "@/lib/forms/action-result";
import { patientPairSchema } from "@/lib/patients/link-schema";
import { linkPatients, unlinkPatients } from "@/lib/patients/data/links";

export async function linkPatientsAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(patientPairSchema, input, ({ a, b }) => linkPatients(actor, a, b));
}

export async function unlinkPatientsAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(patientPairSchema, input, ({ a, b }) => unlinkPatients(actor, a, b));
}
