"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type ActionResult, FieldRefusal, handleForm, refuse } from "@/lib/forms/action-result";
import { caseIdSchema, moveBookingSchema, noteSchema, overrideSchema } from "@/lib/staff/case-schemas";
import { addNote, markReviewed, moveBooking, overrideDisposition } from "@/lib/staff/data/case-actions";

/** The case is not this user's to touch (or does not exist), or the new therapist is busy at that time. */
export type CaseRefusal = { reason: "not_found" } | { reason: "clash" };

const found = (done: boolean) => (done ? undefined : refuse<CaseRefusal>({ reason: "not_found" }));

// Thin on purpose: check the session, parse with the form's own schema, call the
// domain (which checks the case is this user's to touch and audits the change).

export async function markReviewedAction(intakeId: string): Promise<ActionResult<object, CaseRefusal>> {
  const actor = await requireStaff();
  return handleForm(caseIdSchema, intakeId, async (id) => found(await markReviewed(actor, id)));
}

export async function overrideAction(intakeId: string, input: unknown): Promise<ActionResult<object, CaseRefusal>> {
  const actor = await requireStaff();
  return handleForm(overrideSchema, input, async (override) =>
    found(await overrideDisposition(actor, String(intakeId), override)),
  );
}

export async function addNoteAction(intakeId: string, input: unknown): Promise<ActionResult<object, CaseRefusal>> {
  const actor = await requireStaff();
  return handleForm(noteSchema, input, async (note) => found(await addNote(actor, String(intakeId), note)));
}

export async function moveBookingAction(intakeId: string, input: unknown): Promise<ActionResult<object, CaseRefusal>> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(moveBookingSchema, input, async (move) => {
    const outcome = await moveBooking(actor, String(intakeId), move);
    if (outcome === "unknown_therapist") throw new FieldRefusal("therapistId", "Choose an active therapist");
    if (outcome === "clash") return refuse<CaseRefusal>({ reason: "clash" });
    return found(outcome === "moved");
  });
}
