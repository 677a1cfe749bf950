import { describe, expect, it } from "vitest";

import { addDays } from "@/lib/calendar/dates";
import { db } from "@/lib/db";
import { mondayWeeksAhead } from "@/test/booking-fixtures";

import { findSlots } from "./find-slots";

describe("a slots request", () => {
  it("makes at most 3 SQL queries, for one therapist or any of them", async () => {
    const queries: string[] = [];
    db.$on("query", (event) => queries.push(event.query));
    const from = mondayWeeksAhead(2);
    for (const therapist of ["any", (await db.therapist.findFirstOrThrow({ where: { slug: "maya-okafor" } })).id]) {
      queries.length = 0;
      const result = await findSlots({ type: "follow-up", therapist, from, to: addDays(from, 13) });
      expect(result.ok && result.slots.length).toBeGreaterThan(0);
      expect(queries.length, queries.join("\n---\n")).toBeLessThanOrEqual(3);
      expect(queries.length, "query events must be seen at all").toBeGreaterThan(0);
    }
  });
});
