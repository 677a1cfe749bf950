import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";

import { insertStaffUser, resetStaffPassword } from "./data/staff-users";
import { oneTimePassword } from "./one-time-password";
import type { NewStaffUserInput } from "./staff-user-schema";

/**
 * Creates an account with a one-time password. The password is returned once,
 * for the admin to hand over; only its hash is stored, and the user must
 * replace it at first sign-in.
 */
export async function createStaffUser(
  actor: StaffActor,
  input: NewStaffUserInput,
): Promise<{ userId: string; oneTimePassword: string }> {
  const password = oneTimePassword();
  const { id } = await insertStaffUser(actor, {
    ...input,
    therapistId: input.therapistId || null,
    passwordHash: await hashPassword(password),
  });
  return { userId: id, oneTimePassword: password };
}

/** Replaces a user's password with a new one-time password and ends all their sessions. */
export async function resetToOneTimePassword(actor: StaffActor, userId: string): Promise<{ oneTimePassword: string }> {
  const password = oneTimePassword();
  await resetStaffPassword(actor, userId, await hashPassword(password));
  return { oneTimePassword: password };
}
