import "server-only";

import { countOf } from "@/lib/english";

import { findSignInCandidate, openStaffSession } from "./data/sessions";
import { clearAccountFailures, recordSignInFailure, signInWait } from "./data/throttle";
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
  return `Too many attempts. Try again in ${countOf(minutes, "minute")}.`;
}

/**
 * Checks a sign-in. Unknown e-mail and wrong password give the same message and
 * take the same time (a dummy hash is checked); once an account or address is
 * over its limit, even the right password is refused until the wait is over.
 */
export async function signIn(input: unknown, meta: RequestMeta): Promise<SignedIn> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new SignInRefused(WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const address = meta.ip ?? "unknown";

  const wait = await signInWait(email, address);
  if (wait > 0) throw new SignInRefused(waitMessage(wait));

  const user = await findSignInCandidate(email);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyDummyPassword(password);
  if (!user || !ok) {
    await recordSignInFailure(email, address);
    throw new SignInRefused(WRONG_CREDENTIALS);
  }
  await clearAccountFailures(email);
  const sessionId = await openStaffSession(user.id, meta);
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId };
}
