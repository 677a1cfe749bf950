import { describe, expect, it } from "vitest";
import { inject } from "vitest";

import { createTestDatabase } from "@/scripts/lib/test-database";
import { withPg } from "@/test/pg";

import { seed } from "./seed";

const tables = [
  "clinic_settings",
  "staff_users",
  "therapists",
  "appointment_types",
  "availability_rules",
  "patients",
  "bookings",
];

async function counts(url: string) {
  return withPg(async (c) => {
    const result: Record<string, number> = {};
    for (const table of tables) {
      result[table] = (await c.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
    return result;
  }, url);
}

describe("seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    // A database of its own, so the counts are the seed's alone.
    const database = await createTestDatabase(inject("databaseUrl"));
    try {
      await seed(database.url);
      const before = await counts(database.url);
      expect(before.bookings).toBeGreaterThan(0);
      await seed(database.url);
      expect(await counts(database.url)).toEqual(before);
    } finally {
      await database.drop();
    }
  });

  it("gives every staff member an argon2id hash, never the password itself", async () => {
    // Only the demo accounts: other test files add staff users of their own to this database.
    const { rows } = await withPg((c) =>
      c.query("SELECT password_hash FROM staff_users WHERE email LIKE '%@stride-clinic.example'"),
    );
    expect(rows.length).toBe(4);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it("covers a late evening and a Saturday morning", async () => {
    const { rows } = await withPg((c) => c.query("SELECT weekday, start_minutes, end_minutes FROM availability_rules"));
    expect(rows.some((r) => r.end_minutes >= 20 * 60)).toBe(true);
    expect(rows.some((r) => r.weekday === 6 && r.start_minutes < 12 * 60)).toBe(true);
  });

  it("books past and future appointments inside the therapists' hours", async () => {
    const { rows } = await withPg((c) =>
      c.query(`SELECT b.starts_at < now() AS past
                 FROM bookings b JOIN availability_rules r ON r.therapist_id = b.therapist_id
                WHERE b.idempotency_key LIKE 'seed-%'
                  AND r.weekday = extract(isodow FROM b.starts_at AT TIME ZONE 'Europe/London')
                  AND extract(hour FROM b.starts_at AT TIME ZONE 'Europe/London') * 60
                      + extract(minute FROM b.starts_at AT TIME ZONE 'Europe/London') >= r.start_minutes`),
    );
    expect(rows.length).toBe(9);
    expect(rows.filter((r) => r.past).length).toBe(3);
  });

  it("gives the demo bookings questionnaires at every triage level, with suspected conditions, and one draft", async () => {
    const { rows } = await withPg((c) =>
      c.query(`SELECT i.status, t.disposition::text AS disposition, jsonb_array_length(t.suspected) AS suspected
                 FROM intakes i JOIN bookings b ON b.id = i.booking_id LEFT JOIN triage_results t ON t.intake_id = i.id
                WHERE b.idempotency_key LIKE 'seed-%'`),
    );
    expect(rows.filter((r) => r.status === "draft")).toHaveLength(1);
    expect(new Set(rows.map((r) => r.disposition).filter(Boolean))).toEqual(
      new Set(["emergency", "urgent", "soon", "routine"]),
    );
    expect(rows.filter((r) => r.suspected > 0).length).toBeGreaterThanOrEqual(3);
  });
});
