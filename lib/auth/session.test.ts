import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { DEMO } from "@/test/staff-actor";

import { loadSessionUser } from "./data/sessions";

/** A fresh staff user (so changes to it touch no other test) with one open session. */
async function freshSession() {
  return withPg(async (c) => {
    const email = `session-${crypto.randomUUID()}@example.com`;
    const user = (
      await c.query(
        "INSERT INTO staff_users (email, name, password_hash, role) VALUES ($1, 'Session Tester', 'x', 'therapist') RETURNING id",
        [email],
      )
    ).rows[0];
    const session = (await c.query("INSERT INTO staff_sessions (user_id) VALUES ($1) RETURNING id", [user.id])).rows[0];
    return { userId: user.id as string, sessionId: session.id as string };
  });
}

describe("a staff session is checked against the database on every request", () => {
  it("loads an open session with the user's role", async () => {
    const { userId, sessionId } = await freshSession();
    expect(await loadSessionUser(sessionId, userId, 1)).toEqual(
      expect.objectContaining({ userId, role: "therapist", name: "Session Tester" }),
    );
  });

  it("ends when the session version moves on (sign out everywhere, password change)", async () => {
    const { userId, sessionId } = await freshSession();
    await withPg((c) =>
      c.query("UPDATE staff_users SET session_version = session_version + 1 WHERE id = $1", [userId]),
    );
    expect(await loadSessionUser(sessionId, userId, 1)).toBeNull();
  });

  it("ends when the user is deactivated", async () => {
    const { userId, sessionId } = await freshSession();
    await withPg((c) => c.query("UPDATE staff_users SET active = false WHERE id = $1", [userId]));
    expect(await loadSessionUser(sessionId, userId, 1)).toBeNull();
  });

  it("ends after 30 minutes idle, but activity keeps it alive", async () => {
    const { userId, sessionId } = await freshSession();
    await withPg((c) =>
      c.query("UPDATE staff_sessions SET last_seen_at = now() - interval '29 minutes' WHERE id = $1", [sessionId]),
    );
    expect(await loadSessionUser(sessionId, userId, 1)).not.toBeNull();
    const touched = await withPg(
      async (c) =>
        (
          await c.query(
            "SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM staff_sessions WHERE id = $1",
            [sessionId],
          )
        ).rows[0].fresh,
    );
    expect(touched).toBe(true);
    await withPg((c) =>
      c.query("UPDATE staff_sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1", [sessionId]),
    );
    expect(await loadSessionUser(sessionId, userId, 1)).toBeNull();
  });

  it("ends 12 hours after sign-in however active it was", async () => {
    const { userId, sessionId } = await freshSession();
    await withPg((c) =>
      c.query("UPDATE staff_sessions SET created_at = now() - interval '12 hours 1 minute' WHERE id = $1", [sessionId]),
    );
    expect(await loadSessionUser(sessionId, userId, 1)).toBeNull();
  });

  it("ends at sign-out, and never loads for another user's id", async () => {
    const { userId, sessionId } = await freshSession();
    const other = await withPg(
      async (c) => (await c.query("SELECT id FROM staff_users WHERE email = $1", [DEMO.admin])).rows[0].id as string,
    );
    expect(await loadSessionUser(sessionId, other, 1)).toBeNull();
    await withPg((c) => c.query("UPDATE staff_sessions SET ended_at = now() WHERE id = $1", [sessionId]));
    expect(await loadSessionUser(sessionId, userId, 1)).toBeNull();
  });
});
