import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { actorFor, DEMO } from "@/test/staff-actor";

import { getCase } from "./case";

describe("a case's emergency card", () => {
  it("says when the patient was first shown it, on which step and for which rules; nothing when never shown", async () => {
    const admin = await actorFor(DEMO.admin);
    const [shown, never] = await withPg(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        "SELECT id FROM intakes WHERE status = 'submitted' ORDER BY created_at LIMIT 2",
      );
      await c.query(
        `UPDATE intakes SET emergency_card_shown_at = '2026-06-15T09:00:00Z', emergency_card_step = 'F',
                emergency_card_rules = '{E3}' WHERE id = $1`,
        [rows[0]!.id],
      );
      return rows.map((r) => r.id);
    });
    expect((await getCase(admin, shown!))?.emergencyCard).toEqual({
      at: new Date("2026-06-15T09:00:00Z"),
      step: "F",
      rules: ["E3"],
    });
    expect((await getCase(admin, never!))?.emergencyCard).toBeNull();
  });
});
