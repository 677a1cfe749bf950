"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type ActionResult, handleForm } from "@/lib/forms/action-result";
import { changePassword } from "@/lib/staff/password-change";
import { passwordChangeSchema } from "@/lib/staff/password-change-schema";

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  const actor = await requireStaff({ allowPendingPasswordChange: true });
  return handleForm(passwordChangeSchema, input, (change) => changePassword(actor, change));
}
