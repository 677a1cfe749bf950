import { randomUUID } from "node:crypto";

import { mintActor, type StaffActor } from "@/lib/auth/actor";
import { loadSessionUser, openStaffSession } from "@/lib/auth/data";
import { hashPassword } from "@/lib/auth/password";

import { withPg } from "./pg";

export const DEMO = {
  admin: "admin@stride-clinic.example",
  maya: "maya@stride-clinic.example",
  tom: "tom@stride-clinic.example",
  priya: "priya@stride-clinic.example",
} as const;

/** A real signed-in actor: a session row opened for the user and checked like a request would be. */
export async function actorFor(email: string): Promise<StaffActor> {
  const { id, version, sessionId } = await withPg(async (c) => {
    const user = await c.query<{ id: string; session_version: number }>("SELECT id, session_version FROM staff_users WHERE email = $1", [email]);
    const row = user.rows[0];
    if (!row) throw new Error(`no staff user ${email}`);
    const session = await c.query<{ id: string }>("INSERT INTO staff_sessions (user_id) VALUES ($1) RETURNING id", [row.id]);
    return { id: row.id, version: row.session_version, sessionId: session.rows[0]!.id };
  });
  const user = await loadSessionUser(sessionId, id, version);
  if (!user) throw new Error(`session for ${email} did not load`);
  return mintActor(user, { ip: "127.0.0.1", userAgent: "vitest" });
}

/** Audit events written since `since` (a database timestamp), newest last. */
export async function auditSince(since: Date): Promise<{ action: string; subject_type: string; subject_id: string; actor_id: string | null; ip: string | null; user_agent: string | null }[]> {
  return withPg(async (c) =>
    (await c.query("SELECT action, subject_type, subject_id, actor_id, ip, user_agent FROM audit_events WHERE occurred_at >= $1 ORDER BY id", [since])).rows,
  );
}

const META = { ip: "127.0.0.1", userAgent: "vitest" };

/** actorFor by id, with the sign-in recorded as the real one is (openStaffSession), for users a test made itself. */
export async function actorForUser(userId: string): Promise<StaffActor> {
  const version = await sessionVersionOf(userId);
  const sessionId = await openStaffSession(userId, META);
  const user = await loadSessionUser(sessionId, userId, version);
  if (!user) throw new Error(`no live session for ${userId}`);
  return mintActor(user, META);
}

/** A throwaway staff user of its own (tests run in parallel on one database), with a known password. */
export async function makeStaffUser(role: "admin" | "therapist", password = "correct horse battery staple"): Promise<{ id: string; email: string; password: string }> {
  const email = `vitest-${randomUUID()}@example.com`;
  const hash = await hashPassword(password);
  const id = await withPg(async (c) => {
    const { rows } = await c.query<{ id: string }>(
      "INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id",
      [email, `Vitest ${role}`, hash, role],
    );
    return rows[0]!.id;
  });
  return { id, email, password };
}

/** The audit events about a subject, oldest first. */
export async function auditOf(subjectId: string): Promise<{ action: string; actor_id: string | null; ip: string | null }[]> {
  return withPg(async (c) => (await c.query("SELECT action, actor_id, ip FROM audit_events WHERE subject_id = $1 ORDER BY id", [subjectId])).rows);
}

export async function sessionVersionOf(userId: string): Promise<number> {
  return withPg(async (c) => (await c.query<{ v: number }>("SELECT session_version AS v FROM staff_users WHERE id = $1", [userId])).rows[0]!.v);
}
