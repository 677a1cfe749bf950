import { mintActor, type StaffActor } from "@/lib/auth/actor";
import { loadSessionUser } from "@/lib/auth/data";

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
