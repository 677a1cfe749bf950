import { randomUUID } from "node:crypto";

import { mintActor, type StaffActor } from "@/lib/auth/actor";
import { loadSessionUser, openStaffSession } from "@/lib/auth/data/sessions";
import { hashPassword } from "@/lib/auth/password";

import { copyDemoCase, type CaseLevel } from "./copy-demo-case";
import { withPg } from "./pg";

export const DEMO = {
  admin: "admin@stride-clinic.example",
  maya: "maya@stride-clinic.example",
  tom: "tom@stride-clinic.example",
  priya: "priya@stride-clinic.example",
} as const;

/**
 * A signed-in actor for a demo user: a session row inserted directly (no sign-in
 * event is recorded) and then loaded by loadSessionUser, the check requireStaff makes.
 */
export async function actorFor(email: string): Promise<StaffActor> {
  const { id, version, sessionId } = await withPg(async (c) => {
    const user = await c.query<{ id: string; session_version: number }>(
      "SELECT id, session_version FROM staff_users WHERE email = $1",
      [email],
    );
    const row = user.rows[0];
    if (!row) throw new Error(`no staff user ${email}`);
    const session = await c.query<{ id: string }>("INSERT INTO staff_sessions (user_id) VALUES ($1) RETURNING id", [
      row.id,
    ]);
    return { id: row.id, version: row.session_version, sessionId: session.rows[0]!.id };
  });
  const user = await loadSessionUser(sessionId, id, version);
  if (!user) throw new Error(`session for ${email} did not load`);
  return mintActor(user, { ip: "127.0.0.1", userAgent: "vitest" });
}

/**
 * Audit events written since `since`, oldest first. `since` comes from this process's clock and is
 * compared with the database's (both run on this machine); other test files write events too, so
 * callers filter by actor or subject.
 */
export async function auditSince(since: Date): Promise<
  {
    action: string;
    subject_type: string;
    subject_id: string;
    actor_id: string | null;
    ip: string | null;
    user_agent: string | null;
  }[]
> {
  return withPg(
    async (c) =>
      (
        await c.query(
          "SELECT action, subject_type, subject_id, actor_id, ip, user_agent FROM audit_events WHERE occurred_at >= $1 ORDER BY id",
          [since],
        )
      ).rows,
  );
}

/**
 * A therapist of the test's own (a staff user with no usable password, and an
 * inactive profile, so public free times never show it) and one submitted case
 * per level asked for, copied from the demo cases, so a test can change them
 * while other test files run against the same database. Use actorForUser to act as it.
 */
export async function therapistWithCases(levels: readonly CaseLevel[]) {
  const unique = crypto.randomUUID().slice(0, 8);
  const email = `therapist-${unique}@example.com`;
  return withPg(async (c) => {
    const user = (
      await c.query(
        "INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, $2, 'x', 'therapist') RETURNING id",
        [email, `Therapist ${unique}`],
      )
    ).rows[0];
    const therapist = (
      await c.query(
        "INSERT INTO therapists (slug, display_name, staff_user_id, active) VALUES ($1, $2, $3, false) RETURNING id",
        [`t-${unique}`, `Therapist ${unique}`, user.id],
      )
    ).rows[0];
    const cases: { intakeId: string; bookingId: string; level: string }[] = [];
    for (const [n, level] of levels.entries()) {
      const copied = await copyDemoCase(c, {
        level,
        therapistId: therapist.id,
        patientName: `Patient ${level} ${unique}`,
        patientEmail: `${level}-${n}-${unique}@example.com`,
        startsAt: new Date(Date.UTC(2033, 2, 1, 9 + n * 2)),
        tokenHash: `vt-${level}-${unique}-${n}`,
      });
      cases.push({ ...copied, level });
    }
    return { email, userId: user.id as string, therapistId: therapist.id as string, cases };
  });
}

const META = { ip: "127.0.0.1", userAgent: "vitest" };

/** actorFor by id, with the sign-in recorded as the real one is (openStaffSession), for users a test made itself. */
export async function actorForUser(userId: string, meta = META): Promise<StaffActor> {
  const version = await sessionVersionOf(userId);
  const sessionId = await openStaffSession(userId, meta);
  const user = await loadSessionUser(sessionId, userId, version);
  if (!user) throw new Error(`no live session for ${userId}`);
  return mintActor(user, meta);
}

/** A throwaway staff user of its own (tests run in parallel on one database), with a known password. */
export async function makeStaffUser(
  role: "admin" | "therapist",
  password = "correct horse battery staple",
): Promise<{ id: string; email: string; password: string }> {
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
export async function auditOf(
  subjectId: string,
): Promise<{ action: string; actor_id: string | null; ip: string | null }[]> {
  return withPg(
    async (c) =>
      (await c.query("SELECT action, actor_id, ip FROM audit_events WHERE subject_id = $1 ORDER BY id", [subjectId]))
        .rows,
  );
}

export async function sessionVersionOf(userId: string): Promise<number> {
  return withPg(
    async (c) =>
      (await c.query<{ v: number }>("SELECT session_version AS v FROM staff_users WHERE id = $1", [userId])).rows[0]!.v,
  );
}
