import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getCase } from "@/lib/staff/data/case";
import { listQueue } from "@/lib/staff/data/queue";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { withPg } from "@/test/pg";
import { actorForUser, therapistWithCases } from "@/test/staff-actor";

// current_triage (migration 1764600000000) is the one definition of an
// intake's current triage result; the queue, the case page and the trigger
// that orders the queue must all see the same row.
describe("current_triage", () => {
  it("is the newest result, the greater id of two made in the same millisecond, with its effective disposition", async () => {
    const mine = await therapistWithCases(["routine"]);
    const intakeId = mine.cases[0]!.intakeId;
    const [lower, greater] = [randomUUID(), randomUUID()].sort();
    const insert = (id: string, disposition: string) =>
      withPg((c) =>
        c.query(
          `INSERT INTO triage_results (id, intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version, created_at)
           VALUES ($1, $2, $3, '[]', '[]', '{"painNow":1,"painWorst":2,"psfs":3}', 1, 1, '2100-01-01T00:00:00.000Z')`,
          [id, intakeId, disposition],
        ),
      );
    // Inserted greater id first, so neither insertion order nor the clock picks it.
    await insert(greater!, "urgent");
    await insert(lower!, "soon");
    const current = () =>
      withPg(
        async (c) =>
          (
            await c.query(
              `SELECT t.id, t.effective_disposition::text AS effective, i.case_disposition::text AS queued
             FROM current_triage t JOIN intakes i ON i.id = t.intake_id WHERE t.intake_id = $1`,
              [intakeId],
            )
          ).rows,
      );
    expect(await current()).toEqual([{ id: greater, effective: "urgent", queued: "urgent" }]);

    // Overriding an older result changes nothing; overriding the current one does.
    const override = (id: string) =>
      withPg((c) =>
        c.query(
          `INSERT INTO triage_overrides (triage_result_id, intake_id, previous_disposition, disposition, reason)
            SELECT id, intake_id, disposition, 'emergency', 'Seen in clinic' FROM triage_results WHERE id = $1`,
          [id],
        ),
      );
    await override(lower!);
    expect(await current()).toEqual([{ id: greater, effective: "urgent", queued: "urgent" }]);
    await override(greater!);
    expect(await current()).toEqual([{ id: greater, effective: "emergency", queued: "emergency" }]);

    const actor = await actorForUser(mine.userId);
    const shown = await getCase(actor, intakeId);
    expect(shown?.triage).toMatchObject({ id: greater, computed: "urgent", effective: "emergency" });
    const queue = await listQueue(actor, queueFiltersSchema.parse({}));
    expect(queue.rows.find((row) => row.id === intakeId)).toMatchObject({
      disposition: "emergency",
      computedDisposition: "urgent",
    });
  });
});
