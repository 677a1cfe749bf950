import { describe, expect, it } from "vitest";

import { addDays } from "@/lib/calendar/dates";
import { db, recordQueries } from "@/lib/db";
import { mondayWeeksAhead } from "@/test/booking-fixtures";

import { findSlots } from "./find-slots";

describe("a slots request", () => {
  it("makes at most 3 SQL queries, for one therapist or any of them", async () => {
    const from = mondayWeeksAhead(2);
    for (const therapist of ["any", (await db.therapist.findFirstOrThrow({ where: { slug: "maya-okafor" } })).id]) {
      const request = { type: "follow-up", therapist, from, to: addDays(from, 13) };
      const { result, queries } = await recordQueries(() => findSlots(request));
      expect(result.ok && result.slots.length).toBeGreaterThan(0);
      expect(queries.length, queries.join("\n---\n")).toBeLessThanOrEqual(3);
      expect(queries.length, "the pool must record queries at all").toBeGreaterThan(0);
    }
  });
});
