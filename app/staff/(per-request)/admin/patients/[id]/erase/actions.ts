"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type ActionResult, FieldRefusal, handleForm, refuse } from "@/lib/forms/action-result";
import { eraseSchema, NAME_MISMATCH } from "@/lib/patients/erase-schema";
import { erasePatient } from "@/lib/patients/data/rights";

export type EraseRefusal = { reason: "not_found" } | { reason: "already_erased" };

/** The erase screen's action: the same schema and domain call as POST /staff/api/patients/{id}/erase. */
export async function eraseAction(patientId: string, input: unknown): Promise<ActionResult<object, EraseRefusal>> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(eraseSchema, input, async ({ confirm }) => {
    const outcome = await erasePatient(actor, String(patientId), confirm);
    if (outcome === "name_mismatch") throw new FieldRefusal("confirm", NAME_MISMATCH);
    if (outcome === "not_found" || outcome === "already_erased") return refuse<EraseRefusal>({ reason: outcome });
  });
}
