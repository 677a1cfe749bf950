import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import { db, queryRows } from "@/lib/db";

export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;

export interface SignInCandidate {
  id: string;
  passwordHash: string;
  sessionVersion: number;
  role: "admin" | "therapist";
}

/** An active user with this e-mail (case-insensitive), for the password check. */
export async function findSignInCandidate(email: string): Promise<SignInCandidate | null> {
  return db.staffUser.findFirst({
    where: { email: { equals: email.trim(), mode: "insensitive" }, active: true },
    select: { id: true, passwordHash: true, sessionVersion: true, role: true },
  });
}

/** Opens a session row and records the sign-in in the same transaction. */
export async function openStaffSession(
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const session = await tx.staffSession.create({ data: { userId }, select: { id: true } });
    await tx.auditEvent.create({
      data: {
        actorId: userId,
        action: "staff.sign_in",
        subjectType: "staff_user",
        subjectId: userId,
        ip: meta.ip,
        userAgent: meta.userAgent,
      },
    });
    return session.id;
  });
}

export interface SessionUser {
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  role: "admin" | "therapist";
  therapistId: string | null;
  mustChangePassword: boolean;
}

interface SessionRow {
  id: string;
  name: string;
  email: string;
  role: "admin" | "therapist";
  therapist_id: string | null;
  must_change_password: boolean;
}

/**
 * The signed-in user when the JWT's session is still good: the user is active,
 * the session version matches (sign-out everywhere, password change), the
 * session is open, used within the idle limit and younger than the absolute
 * limit. Touches the session (at most every 15 s) so activity keeps it alive.
 */
export async function loadSessionUser(
  sessionId: string,
  userId: string,
  sessionVersion: number,
): Promise<SessionUser | null> {
  const rows = await queryRows<SessionRow>(Prisma.sql`
    WITH live AS (
      SELECT u.id, u.name, u.email, u.role::text AS role, u.must_change_password, t.id AS therapist_id, s.last_seen_at
        FROM staff_sessions s
        JOIN staff_users u ON u.id = s.user_id
        LEFT JOIN therapists t ON t.staff_user_id = u.id
       WHERE s.id = ${sessionId}::uuid AND u.id = ${userId}::uuid
         AND u.active AND u.session_version = ${sessionVersion}
         AND s.ended_at IS NULL
         AND s.last_seen_at > now() - make_interval(mins => ${IDLE_MINUTES})
         AND s.created_at > now() - make_interval(hours => ${ABSOLUTE_HOURS})
    ), touch AS (
      UPDATE staff_sessions SET last_seen_at = now()
       WHERE id = ${sessionId}::uuid AND EXISTS (SELECT 1 FROM live WHERE live.last_seen_at < now() - interval '15 seconds')
    )
    SELECT id, name, email, role, must_change_password, therapist_id FROM live`);
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.id,
    sessionId,
    name: row.name,
    email: row.email,
    role: row.role,
    therapistId: row.therapist_id,
    mustChangePassword: row.must_change_password,
  };
}

/** Ends one session (sign out) and records it. */
export async function endStaffSession(sessionId: string, userId: string): Promise<void> {
  await db.$transaction([
    db.staffSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: new Date() } }),
    db.auditEvent.create({
      data: { actorId: userId, action: "staff.sign_out", subjectType: "staff_user", subjectId: userId },
    }),
  ]);
}
