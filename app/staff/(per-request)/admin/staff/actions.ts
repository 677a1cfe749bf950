"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { createStaffUser, resetToOneTimePassword } from "@/lib/staff/admin-staff";
import { setStaffUserActive, signOutEverywhere } from "@/lib/staff/data/staff-users";
import { type ActionResult, handleForm } from "@/lib/forms/action-result";
import { newStaffUserSchema, staffUserIdSchema } from "@/lib/staff/staff-user-schema";

export async function createStaffUserAction(input: unknown): Promise<ActionResult<{ oneTimePassword: string }>> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(newStaffUserSchema, input, async (data) => ({
    oneTimePassword: (await createStaffUser(actor, data)).oneTimePassword,
  }));
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ oneTimePassword: string }>> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(staffUserIdSchema, input, ({ userId }) => resetToOneTimePassword(actor, userId));
}

export async function signOutEverywhereAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(staffUserIdSchema, input, ({ userId }) => signOutEverywhere(actor, userId));
}

export async function deactivateAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(staffUserIdSchema, input, ({ userId }) => setStaffUserActive(actor, userId, false));
}

export async function reactivateAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ role: "admin" });
  return handleForm(staffUserIdSchema, input, ({ userId }) => setStaffUserActive(actor, userId, true));
}
