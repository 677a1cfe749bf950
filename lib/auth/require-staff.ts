import "server-only";

import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";

import { mintActor, type StaffActor } from "./actor";
import { loadSessionUser } from "./data/sessions";
import { authOptions } from "./options";
import { requestMeta } from "./request-meta";
import { decodeSessionToken } from "./session-token";

const COOKIE = authOptions.useSecureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";

/** This request's staff member, checked against the database once per request; null when signed out. */
export const currentStaff = cache(async (): Promise<StaffActor | null> => {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  const token = await decodeSessionToken(raw, process.env.NEXTAUTH_SECRET!);
  if (!token?.uid || !token.sid || typeof token.sv !== "number") return null;
  const user = await loadSessionUser(token.sid, token.uid, token.sv);
  return user ? mintActor(user, requestMeta(await headers())) : null;
});

interface Requirement {
  role?: "admin";
  /** The password page itself must open while a one-time password is still to be changed. */
  allowPendingPasswordChange?: boolean;
}

/**
 * The one gate every staff page, server action, route handler and data caller
 * passes: signed out (or revoked, idle, expired) → the sign-in page; a therapist
 * asking for an admin's page → the same 404 as a page that does not exist.
 */
export async function requireStaff(requirement: Requirement = {}): Promise<StaffActor> {
  const actor = await currentStaff();
  if (!actor) redirect("/staff/login");
  if (actor.mustChangePassword && !requirement.allowPendingPasswordChange) redirect("/staff/password");
  if (requirement.role && actor.role !== requirement.role) notFound();
  return actor;
}
