import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import { signInSucceeded } from "@/lib/auth/data/throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/lib/auth/password-policy";
import { admitAttempt, waitMessage } from "@/lib/auth/sign-in";

import { changeOwnPassword, ownPasswordHash } from "./data/staff-users";
import { FieldRefusal } from "@/lib/forms/action-result";
import type { PasswordChangeInput } from "./password-change-schema";

/**
 * A staff member replaces their own password (a one-time one or not). Every
 * session of theirs ends, this one included, so they sign in again with it.
 * A wrong current password counts as a failed sign-in for the account from this
 * address, so a stolen session cannot be used to guess the password: over the
 * limit, even the right one is refused until the wait is over.
 */
export async function changePassword(actor: StaffActor, input: PasswordChangeInput): Promise<void> {
  if (isCommonPassword(input.newPassword)) throw new FieldRefusal("newPassword", COMMON_PASSWORD_MESSAGE);
  const address = actor.ip ?? "unknown";
  const wait = await admitAttempt(actor.email, address);
  if (wait > 0) throw new FieldRefusal("currentPassword", waitMessage(wait));
  if (!(await verifyPassword(await ownPasswordHash(actor), input.currentPassword))) {
    throw new FieldRefusal("currentPassword", "This is not your current password; check it and try again");
  }
  await signInSucceeded(actor.email, address);
  await changeOwnPassword(actor, await hashPassword(input.newPassword));
}
