"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { moveBookingSchema, noteSchema, overrideSchema } from "@/lib/staff/case-schemas";
import { addNote, markReviewed, moveBooking, overrideDisposition } from "@/lib/staff/data/case-actions";
import { fieldErrorsOf } from "@/lib/staff/form-result";

export type CaseActionResult =
  | { ok: true }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; error: "not_found" | "clash" };

const NOT_FOUND = { ok: false, error: "not_found" } as const;

// Thin on purpose: check the session, parse with the form's own schema, call the
// domain (which checks the case is this user's to touch and audits the change).

export async function markReviewedAction(intakeId: string): Promise<CaseActionResult> {
  const actor = await requireStaff();
  return (await markReviewed(actor, String(intakeId))) ? { ok: true } : NOT_FOUND;
}

export async function overrideAction(intakeId: string, input: unknown): Promise<CaseActionResult> {
  const actor = await requireStaff();
  const parsed = overrideSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return (await overrideDisposition(actor, String(intakeId), parsed.data)) ? { ok: true } : NOT_FOUND;
}

export async function addNoteAction(intakeId: string, input: unknown): Promise<CaseActionResult> {
  const actor = await requireStaff();
  const parsed = noteSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return (await addNote(actor, String(intakeId), parsed.data)) ? { ok: true } : NOT_FOUND;
}

export async function moveBookingAction(intakeId: string, input: unknown): Promise<CaseActionResult> {
  const actor = await requireStaff({ role: "admin" });
  const parsed = moveBookingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await moveBooking(actor, String(intakeId), parsed.data);
  if (outcome === "moved") return { ok: true };
  if (outcome === "clash") return { ok: false, error: "clash" };
  if (outcome === "unknown_therapist") return { ok: false, fieldErrors: { therapistId: "Choose an active therapist" } };
  return NOT_FOUND;
}
