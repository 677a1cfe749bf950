import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { actorFor, therapistWithCases } from "@/test/staff-actor";

import { getCase } from "./case";
import { overrideDisposition } from "./case-actions";

describe("overriding a case's disposition twice", () => {
  it("keeps both overrides, the latest one decides, and each audit event says from, to and why", async () => {
    // A therapist and case of this test's own: other test files read the demo cases meanwhile.
    const mine = await therapistWithCases(["routine"]);
    const maya = await actorFor(mine.email);
    const id = mine.cases[0]!.intakeId;

    expect(await overrideDisposition(maya, id, { disposition: "soon", reason: "Night pain on questioning" })).toBe(
      true,
    );
    expect(await overrideDisposition(maya, id, { disposition: "urgent", reason: "New numbness in the foot" })).toBe(
      true,
    );

    const found = await getCase(maya, id);
    expect(found?.triage).toEqual(expect.objectContaining({ computed: "routine", effective: "urgent" }));
    expect(found?.triage.overrides).toEqual([
      expect.objectContaining({ from: "routine", to: "soon", reason: "Night pain on questioning" }),
      expect.objectContaining({ from: "soon", to: "urgent", reason: "New numbness in the foot" }),
    ]);
    const queued = await withPg(
      async (c) => (await c.query("SELECT case_disposition FROM intakes WHERE id = $1", [id])).rows[0],
    );
    expect(queued).toEqual({ case_disposition: "urgent" });

    const events = await withPg(
      async (c) =>
        (
          await c.query(
            `SELECT to_jsonb(e) -> 'details' AS details FROM audit_events e
              WHERE action = 'case.override' AND subject_id = $1 ORDER BY id`,
            [id],
          )
        ).rows,
    );
    expect(events).toEqual([
      { details: { from: "routine", to: "soon", reason: "Night pain on questioning" } },
      { details: { from: "soon", to: "urgent", reason: "New numbness in the foot" } },
    ]);
  });

  it("two overrides sent at once take turns: the second's from is the first's to", async () => {
    const mine = await therapistWithCases(["routine"]);
    const maya = await actorFor(mine.email);
    const id = mine.cases[0]!.intakeId;

    // Both arrive while another change to the case is in flight (a row lock held here), so both
    // have read the case before either writes: without taking turns, both would say "from routine".
    await withPg(async (c) => {
      await c.query("BEGIN");
      await c.query("SELECT 1 FROM intakes WHERE id = $1 FOR UPDATE", [id]);
      const both = Promise.all([
        overrideDisposition(maya, id, { disposition: "soon", reason: "First look" }),
        overrideDisposition(maya, id, { disposition: "urgent", reason: "Second look" }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await c.query("COMMIT");
      await both;
    });

    const overrides = (await getCase(maya, id))!.triage.overrides;
    expect(overrides).toHaveLength(2);
    expect(overrides[0]!.from).toBe("routine");
    expect(overrides[1]!.from).toBe(overrides[0]!.to);
  });

  it("refuses to change a kept override in the database itself", async () => {
    await expect(withPg((c) => c.query("UPDATE triage_overrides SET reason = 'edited'"))).rejects.toThrow(
      /append-only/,
    );
  });
});
