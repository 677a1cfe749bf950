import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

import { GET } from "@/app/staff/api/queue/route";
import { recordQueries } from "@/lib/db";
import { withPg } from "@/test/pg";
import { DEMO } from "@/test/staff-actor";

// The staff data route reads its cookie and headers from the request Next.js is serving.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => ({ value: request.cookie }) }),
  headers: async () => new Headers({ "user-agent": "vitest", "x-forwarded-for": "127.0.0.1" }),
}));

/** A signed-in admin's session cookie, as next-auth issues it. */
async function adminCookie(): Promise<string> {
  const { uid, sid, sv } = await withPg(async (c) => {
    const user = (await c.query("SELECT id, session_version FROM staff_users WHERE email = $1", [DEMO.admin])).rows[0];
    const session = (await c.query("INSERT INTO staff_sessions (user_id) VALUES ($1) RETURNING id", [user.id])).rows[0];
    return { uid: user.id as string, sid: session.id as string, sv: user.session_version as number };
  });
  return encode({ token: { uid, sid, sv }, secret: process.env.NEXTAUTH_SECRET! });
}

describe("the staff queue's data route, the staff hot path", () => {
  it("checks the session and reads a page of the queue, with its counts and audit event, in 2 SQL queries", async () => {
    request.cookie = await adminCookie();
    const urgentPage = new Request("http://localhost/staff/api/queue?disposition=urgent");
    const { result, queries } = await recordQueries(() => GET(urgentPage));
    expect(result.status).toBe(200);
    expect((await result.json()).rows.length).toBeGreaterThan(0);
    // The session check (requireStaff) and the queue with its counts and audit event (listQueue).
    expect(queries, queries.join("\n---\n")).toHaveLength(2);
  });
});
