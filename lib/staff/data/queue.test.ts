import { beforeAll, describe, expect, it } from "vitest";

import { mintActor, type StaffActor } from "@/lib/auth/actor";
import { loadSessionUser } from "@/lib/auth/data";
import { withPg } from "@/test/pg";

import { queueFiltersSchema } from "../queue-filters";
import { listQueue } from "./queue";

async function actorFor(email: string): Promise<StaffActor> {
  const { id, sessionVersion, sessionId } = await withPg(async (c) => {
    const row = (await c.query<{ id: string; session_version: number }>("SELECT id, session_version FROM staff_users WHERE email = $1", [email])).rows[0]!;
    const session = await c.query<{ id: string }>("INSERT INTO staff_sessions (user_id) VALUES ($1) RETURNING id", [row.id]);
    return { id: row.id, sessionVersion: row.session_version, sessionId: session.rows[0]!.id };
  });
  return mintActor((await loadSessionUser(sessionId, id, sessionVersion))!, { ip: "127.0.0.1", userAgent: "vitest" });
}

/** The counts as a full scan of intakes would give them (what the trigger-kept table must match). */
async function counted(where: string, params: unknown[] = []) {
  return withPg(async (c) =>
    (
      await c.query(
        `SELECT case_disposition::text AS disposition, count(*)::int AS total, (count(*) FILTER (WHERE NOT case_reviewed))::int AS unreviewed
           FROM intakes WHERE status = 'submitted' AND case_disposition IS NOT NULL ${where} GROUP BY case_disposition ORDER BY case_disposition`,
        params,
      )
    ).rows,
  );
}

let admin: StaffActor;
let maya: StaffActor;
beforeAll(async () => {
  [admin, maya] = await Promise.all([actorFor("admin@stride-clinic.example"), actorFor("maya@stride-clinic.example")]);
});

describe("listQueue counts", () => {
  it("match a count of the intakes, for everyone and under filters", async () => {
    expect((await listQueue(admin, queueFiltersSchema.parse({}))).counts).toEqual(await counted(""));
    expect((await listQueue(admin, queueFiltersSchema.parse({ reviewed: "no", region: "knee" }))).counts).toEqual(
      await counted("AND NOT case_reviewed AND case_region = 'knee'"),
    );
    expect((await listQueue(admin, queueFiltersSchema.parse({ from: "2000-01-01", to: "2100-01-01" }))).counts).toEqual(await counted(""));
  });

  it("count only a therapist's own cases, whatever the URL asks", async () => {
    const own = await counted("AND case_therapist_id = $1", [maya.therapistId]);
    expect((await listQueue(maya, queueFiltersSchema.parse({}))).counts).toEqual(own);
    expect((await listQueue(maya, queueFiltersSchema.parse({ therapist: "00000000-0000-4000-8000-000000000000" }))).counts).toEqual(own);
  });
});
