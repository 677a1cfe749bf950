import { describe, expect, it } from "vitest";

import { Prisma } from "@/lib/generated/prisma/client";

import { db, pool, queryRows, recordQueries, unrecorded } from "./db";

describe("recordQueries", () => {
  it("records a caller's own statements, through Prisma or not, and none of the work running beside it", async () => {
    await db.therapist.count(); // Prisma's first query sets it up: let the work below overlap the recording.
    // More work than the pool has connections: the recorded calls wait their turn behind it.
    const beside = Promise.all(
      Array.from({ length: 60 }, () => queryRows(Prisma.sql`SELECT pg_sleep(0.02), 'beside' AS tag`)),
    );
    const { queries } = await recordQueries(async () => {
      expect(pool.waitingCount).toBeGreaterThan(0);
      await queryRows(Prisma.sql`SELECT 'mine' AS tag`);
      await db.$transaction([db.therapist.count(), db.patient.count()]);
      await unrecorded(() => queryRows(Prisma.sql`SELECT 'background' AS tag`));
    });
    await beside;
    expect(queries.map((q) => q.trim().split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "SELECT 'mine'",
      "BEGIN",
      "SELECT COUNT(*)",
      "SELECT COUNT(*)",
      "COMMIT",
    ]);
  });
});
