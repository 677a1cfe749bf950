import { describe, expect, it } from "vitest";

import { insertTestBooking } from "@/test/booking-factory";
import { seededIds, withPg } from "@/test/pg";

// intake_queue_counts is kept by a trigger: whatever happens to an intake (it
// is submitted and triaged, reviewed, overridden, its booking moves, its
// region changes, it is deleted), the table must equal a count of intakes.
describe("intake_queue_counts", () => {
  it("always equals the submitted intakes counted per therapist, disposition, region and review", async () => {
    const ids = await seededIds();
    await withPg(async (c) => {
      const mismatch = async () =>
        (
          await c.query(`
            SELECT coalesce(a.therapist_id, b.therapist_id) AS therapist_id, a.total AS kept, b.total AS counted
              FROM (SELECT * FROM intake_queue_counts WHERE total > 0) a
              FULL JOIN (
                SELECT case_therapist_id AS therapist_id, case_disposition AS disposition, coalesce(case_region, '') AS region,
                       case_reviewed AS reviewed, count(*)::int AS total
                  FROM intakes WHERE status = 'submitted' AND case_disposition IS NOT NULL GROUP BY 1, 2, 3, 4
              ) b USING (therapist_id, disposition, region, reviewed)
             WHERE a.total IS DISTINCT FROM b.total`)
        ).rows;
      expect(await mismatch()).toEqual([]);

      const gait = { therapist: ids.mayaId, type: ids.gaitTypeId, patient: ids.patientId };
      const booking = (await insertTestBooking(c, { ...gait, startsAt: new Date("2019-03-04T10:00:00Z") })).id;
      // A draft is not counted; submitting and triaging it is.
      const intake = (
        await c.query<{ id: string }>(
          `INSERT INTO intakes (booking_id, questionnaire_version, answers) VALUES ($1, 1, '{"region":"knee"}') RETURNING id`,
          [booking],
        )
      ).rows[0]!.id;
      expect(await mismatch()).toEqual([]);
      await c.query(
        "UPDATE intakes SET status = 'submitted', submitted_at = now(), consented_at = now(), consent_text_version = 1 WHERE id = $1",
        [intake],
      );
      const result = (
        await c.query<{ id: string }>(
          `INSERT INTO triage_results (intake_id, disposition, flags, suspected, scores, questionnaire_version, rules_version)
           VALUES ($1, 'soon', '[]', '[]', '{}', 1, 1) RETURNING id`,
          [intake],
        )
      ).rows[0]!.id;
      expect(await mismatch()).toEqual([]);
      const admin = (await c.query<{ id: string }>("SELECT id FROM staff_users WHERE role = 'admin' LIMIT 1")).rows[0]!
        .id;
      await c.query("UPDATE triage_results SET reviewed_at = now(), reviewed_by_id = $2 WHERE id = $1", [
        result,
        admin,
      ]);
      await c.query(
        "INSERT INTO triage_overrides (triage_result_id, intake_id, previous_disposition, disposition, reason, overridden_by_id) SELECT id, intake_id, disposition, 'urgent', 'Worse on exam', $2 FROM triage_results WHERE id = $1",
        [result, admin],
      );
      expect(await mismatch()).toEqual([]);
      // Only answers are set: the BEFORE trigger changes case_region, and the counts follow.
      await c.query(`UPDATE intakes SET answers = '{"region":"ankle"}' WHERE id = $1`, [intake]);
      await c.query("UPDATE bookings SET therapist_id = $2 WHERE id = $1", [booking, ids.tomId]);
      expect(await mismatch()).toEqual([]);
      const counted = await c.query(
        "SELECT total FROM intake_queue_counts WHERE therapist_id = $1 AND disposition = 'urgent' AND region = 'ankle' AND reviewed",
        [ids.tomId],
      );
      expect(counted.rows[0]?.total).toBeGreaterThanOrEqual(1);
      await c.query("DELETE FROM bookings WHERE id = $1", [booking]);
      expect(await mismatch()).toEqual([]);
    });
  });
});
