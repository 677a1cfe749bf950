"use server";

import { requireStaff } from "@/lib/auth/require-staff";
import { type FormResult, handleForm } from "@/lib/staff/form-result";
import { changePassword } from "@/lib/staff/password-change";
import { passwordChangeSchema } from "@/lib/staff/password-change-schema";

export async function changePasswordAction(input: unknown): Promise<FormResult> {
  const actor = await requireStaff({ allowPendingPasswordChange: true });
  return handleForm(passwordChangeSchema, input, (change) => changePassword(actor, change));
}
