import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/lib/auth/password-policy";

import { changeOwnPassword, ownPasswordHash } from "./data/staff-users";
import { FieldRefusal } from "./form-result";
import type { PasswordChangeInput } from "./password-change-schema";

/**
 * A staff member replaces their own password (a one-time one or not). Every
 * session of theirs ends, this one included, so they sign in again with it.
 */
export async function changePassword(actor: StaffActor, input: PasswordChangeInput): Promise<void> {
  if (isCommonPassword(input.newPassword)) throw new FieldRefusal("newPassword", COMMON_PASSWORD_MESSAGE);
  if (!(await verifyPassword(await ownPasswordHash(actor), input.currentPassword))) {
    throw new FieldRefusal("currentPassword", "This is not your current password; check it and try again");
  }
  await changeOwnPassword(actor, await hashPassword(input.newPassword));
}
