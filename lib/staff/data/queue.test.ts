import { describe, expect, it } from "vitest";

import { insertBookingsSql } from "@/test/booking-factory";
import { withPg } from "@/test/pg";
import { actorFor, auditSince, DEMO, therapistWithCases } from "@/test/staff-actor";

import { decodeCursor, PAGE_SIZE, queueFiltersSchema } from "../queue-filters";
import { listQueue } from "./queue";

const RANK = { emergency: 0, urgent: 1, soon: 2, routine: 3 } as const;
const all = queueFiltersSchema.parse({});

describe("the triage queue", () => {
  it("puts emergencies first, then urgent, soon, routine, then by appointment time; and audits the view", async () => {
    const admin = await actorFor(DEMO.admin);
    const since = new Date();
    const { rows, counts } = await listQueue(admin, all);
    expect(rows.length).toBeGreaterThan(3);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const order = RANK[a.disposition] - RANK[b.disposition] || a.startsAt.getTime() - b.startsAt.getTime();
      expect(order).toBeLessThanOrEqual(0);
    }
    expect(rows[0]!.disposition).toBe("emergency");
    for (const level of ["emergency", "urgent"] as const) {
      const count = counts.find((c) => c.disposition === level);
      expect(count?.unreviewed).toBe(rows.filter((r) => r.disposition === level && !r.reviewed).length);
    }
    const events = await auditSince(since);
    expect(events).toContainEqual(
      expect.objectContaining({ action: "queue.view", actor_id: admin.userId, ip: "127.0.0.1", user_agent: "vitest" }),
    );
  });

  it("shows a therapist only the cases of their own bookings, whatever the filter asks", async () => {
    const maya = await actorFor(DEMO.maya);
    const tomId = await withPg(
      async (c) => (await c.query("SELECT id FROM therapists WHERE slug = 'tom-reilly'")).rows[0].id as string,
    );
    const own = await listQueue(maya, all);
    expect(own.rows.length).toBeGreaterThan(0);
    expect(new Set(own.rows.map((r) => r.therapistName))).toEqual(new Set(["Maya Okafor"]));
    const forged = await listQueue(maya, queueFiltersSchema.parse({ therapist: tomId }));
    expect(forged.rows.map((r) => r.therapistName)).not.toContain("Tom Reilly");
  });

  it("filters by disposition, review state and region, and ignores malformed filters", async () => {
    const admin = await actorFor(DEMO.admin);
    const urgent = await listQueue(admin, queueFiltersSchema.parse({ disposition: "urgent", reviewed: "no" }));
    expect(urgent.rows.length).toBeGreaterThan(0);
    expect(urgent.rows.every((r) => r.disposition === "urgent" && !r.reviewed)).toBe(true);
    const knee = await listQueue(admin, queueFiltersSchema.parse({ region: "knee" }));
    expect(knee.rows.every((r) => r.region === "knee")).toBe(true);
    const junk = queueFiltersSchema.parse({
      disposition: "panic",
      region: "elbow'; DROP TABLE intakes;--",
      from: "yesterday",
    });
    expect(junk).toEqual(expect.objectContaining({ disposition: undefined, region: undefined, from: undefined }));
  });

  it("pages by keyset, 50 at a time, without repeating or skipping a case", async () => {
    const admin = await actorFor(DEMO.admin);
    // 120 more routine cases for one patient, so there are three pages.
    await withPg((c) =>
      c.query(`
        WITH p AS (INSERT INTO patients (name, email, phone)
                   VALUES ('Page Tester', 'pages@example.com', '07700 900000') RETURNING id),
             b AS (${insertBookingsSql(
               `(SELECT t.id AS therapist_id, ty.id AS appointment_type_id, p.id AS patient_id,
                        timestamptz '2032-01-01 09:00Z' + n * interval '1 hour' AS starts_at
                   FROM therapists t, appointment_types ty, p, generate_series(1, 120) n
                  WHERE t.slug = 'priya-shah' AND ty.slug = 'follow-up')`,
               { returning: "id" },
             )}),
             i AS (
               INSERT INTO intakes (booking_id, status, answers, questionnaire_version, submitted_at, consented_at, consent_text_version)
               SELECT b.id, 'submitted', '{"region":"knee"}', 1, now(), now(), 1 FROM b RETURNING id)
        INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version)
        SELECT id, 'routine', '[]', '[]', '{"painNow":1,"painWorst":2,"psfs":8}', 1, 1 FROM i`),
    );
    const january2032 = queueFiltersSchema.parse({ from: "2032-01-01", to: "2032-01-31" });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listQueue(admin, { ...january2032, after });
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.id));
      after = page.next ?? undefined;
      if (after) expect(decodeCursor(after)).not.toBeNull();
      pages++;
    } while (after);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(120);
  });
});

/** The counts as a full scan of intakes would give them (what the trigger-kept table must match). */
async function counted(therapistId: string, where = "") {
  return withPg(
    async (c) =>
      (
        await c.query(
          `SELECT case_disposition::text AS disposition, count(*)::int AS total, (count(*) FILTER (WHERE NOT case_reviewed))::int AS unreviewed
           FROM intakes WHERE status = 'submitted' AND case_disposition IS NOT NULL AND case_therapist_id = $1 ${where}
          GROUP BY case_disposition ORDER BY case_disposition`,
          [therapistId],
        )
      ).rows,
  );
}

describe("the queue's counts", () => {
  // A therapist of this test's own, so other test files changing cases cannot move the numbers.
  it("match a count of the intakes, under filters, for an admin and for the therapist", async () => {
    const mine = await therapistWithCases(["urgent", "urgent", "routine", "soon"]);
    await withPg((c) =>
      c.query("UPDATE triage_results SET reviewed_at = now() WHERE intake_id = $1", [mine.cases[0]!.intakeId]),
    );
    const admin = await actorFor(DEMO.admin);
    const therapist = await actorFor(mine.email);
    const filters = (extra: Record<string, string>) =>
      queueFiltersSchema.parse({ therapist: mine.therapistId, ...extra });
    expect((await listQueue(admin, filters({}))).counts).toEqual(await counted(mine.therapistId));
    expect((await listQueue(admin, filters({ reviewed: "no", region: "knee" }))).counts).toEqual(
      await counted(mine.therapistId, "AND NOT case_reviewed AND case_region = 'knee'"),
    );
    expect((await listQueue(admin, filters({ from: "2000-01-01", to: "2100-01-01" }))).counts).toEqual(
      await counted(mine.therapistId),
    );
    expect((await listQueue(therapist, queueFiltersSchema.parse({}))).counts).toEqual(await counted(mine.therapistId));
    expect(
      (await listQueue(therapist, queueFiltersSchema.parse({ therapist: "00000000-0000-4000-8000-000000000000" })))
        .counts,
    ).toEqual(await counted(mine.therapistId));
    expect(await counted(mine.therapistId)).toEqual([
      { disposition: "urgent", total: 2, unreviewed: 1 },
      { disposition: "soon", total: 1, unreviewed: 1 },
      { disposition: "routine", total: 1, unreviewed: 1 },
    ]);
  });
});
