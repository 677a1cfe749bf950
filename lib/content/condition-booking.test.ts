import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";

import { loadConditions } from "./conditions";

describe("condition pages' booking links", () => {
  it("preset appointment types that the clinic offers", async () => {
    const { rows } = await withPg((c) => c.query("SELECT slug FROM appointment_types WHERE active"));
    const offered = rows.map((r) => r.slug);
    for (const condition of loadConditions()) {
      expect(offered, condition.slug).toContain(condition.booking.appointmentType);
    }
  });
});
