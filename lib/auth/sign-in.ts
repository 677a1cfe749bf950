import "server-only";

import { countOf } from "@/lib/english";

import { findSignInCandidate, openStaffSession } from "./data/sessions";
import { queueSignInAlert } from "./data/sign-in-alert";
import { recordSignInAttempt, signInSucceeded } from "./data/throttle";
import { verifyDummyPassword, verifyPassword } from "./password";
import type { RequestMeta } from "./request-meta";
import { signInSchema } from "./sign-in-schema";

export const WRONG_CREDENTIALS = "The e-mail address or password is not right.";

export class SignInRefused extends Error {}

export interface SignedIn {
  id: string;
  role: "admin" | "therapist";
  sessionVersion: number;
  sessionId: string;
}

/** What a refused attempt says while its account or address must wait. */
export function waitMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  // An address blocked for the day waits hours, said in hours.
  const wait = minutes > 90 ? countOf(Math.ceil(minutes / 60), "hour") : countOf(minutes, "minute");
  return `Too many attempts. Try again in ${wait}.`;
}

/**
 * Counts an attempt for this account and address before its password is
 * checked (so parallel attempts cannot outrun the limits) and says how long to
 * wait when the pair or the address is blocked; past the account's daily
 * level, the admins are told (once a day), and the account is not locked.
 */
export async function admitAttempt(email: string, address: string): Promise<number> {
  const attempt = await recordSignInAttempt(email, address);
  if (attempt.alertAdmins) await queueSignInAlert(email);
  return attempt.waitMs;
}

/**
 * Checks a sign-in. Unknown e-mail and wrong password give the same message and
 * take the same time (a dummy hash is checked); while the account is blocked
 * for this address, or the address itself is, even the right password is
 * refused with the wait.
 */
export async function signIn(input: unknown, meta: RequestMeta): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new SignInRefused(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const address = meta.ip ?? "unknown";

  const wait = await admitAttempt(email, address);
  if (wait > 0) throw new SignInRefused(waitMessage(wait));

  const user = await findSignInCandidate(email);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyDummyPassword(password);
  if (!user || !ok) throw new SignInRefused(WRONG_CREDENTIALS);
  await signInSucceeded(email, address);
  const sessionId = await openStaffSession(user.id, meta);
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId };
}
