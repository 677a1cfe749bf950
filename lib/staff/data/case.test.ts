import { describe, expect, it } from "vitest";

import { insertTestBooking } from "@/test/booking-factory";
import { withPg } from "@/test/pg";
import { actorFor, auditSince, DEMO, therapistWithCases } from "@/test/staff-actor";

import { getCase } from "./case";
import { addNote, markReviewed, moveBooking, overrideDisposition } from "./case-actions";

/** A submitted demo case of one therapist, with its booking. */
async function caseOf(therapistSlug: string, disposition: string) {
  return withPg(async (c) => {
    const { rows } = await c.query(
      `SELECT i.id, i.booking_id FROM intakes i JOIN bookings b ON b.id = i.booking_id JOIN therapists t ON t.id = b.therapist_id
        WHERE t.slug = $1 AND i.status = 'submitted' AND i.case_disposition = $2 ORDER BY i.created_at LIMIT 1`,
      [therapistSlug, disposition],
    );
    if (!rows[0]) throw new Error(`no ${disposition} case for ${therapistSlug}`);
    return rows[0] as { id: string; booking_id: string };
  });
}

describe("a case", () => {
  it("shows flags, suspected conditions, scores and answers, and audits the view with IP and user agent", async () => {
    const maya = await actorFor(DEMO.maya);
    const { id } = await caseOf("maya-okafor", "emergency");
    const since = new Date();
    const found = await getCase(maya, id);
    expect(found?.triage.flags.length).toBeGreaterThan(0);
    expect(found?.triage.flags[0]?.reason).toMatch(/\w{10}/);
    expect(found?.answers).toHaveProperty("region");
    expect(found?.history.some((h) => h.current)).toBe(true);
    expect(await auditSince(since)).toContainEqual(
      expect.objectContaining({
        action: "case.view",
        subject_type: "intake",
        subject_id: id,
        actor_id: maya.userId,
        ip: "127.0.0.1",
        user_agent: "vitest",
      }),
    );
  });

  it("answers another therapist's case exactly like a missing one, and changes nothing", async () => {
    const tom = await actorFor(DEMO.tom);
    const { id } = await caseOf("maya-okafor", "emergency");
    expect(await getCase(tom, id)).toBeNull();
    expect(await getCase(tom, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getCase(tom, "not-a-uuid")).toBeNull();
    expect(await markReviewed(tom, id)).toBe(false);
    expect(await addNote(tom, id, { body: "forged" })).toBe(false);
    expect(await overrideDisposition(tom, id, { disposition: "routine", reason: "forged override" })).toBe(false);
    const stored = await withPg(
      async (c) =>
        (
          await c.query(
            `SELECT reviewed_at, (SELECT count(*)::int FROM triage_overrides o WHERE o.intake_id = r.intake_id) AS overrides
               FROM triage_results r WHERE intake_id = $1`,
            [id],
          )
        ).rows[0],
    );
    expect(stored).toEqual({ reviewed_at: null, overrides: 0 });
    const notes = await withPg(
      async (c) =>
        (await c.query("SELECT count(*)::int AS n FROM staff_notes WHERE intake_id = $1 AND body = 'forged'", [id]))
          .rows[0].n,
    );
    expect(notes).toBe(0);
  });

  it("keeps the computed disposition beside an override, moves the queue order, and audits each change", async () => {
    // A therapist and case of this test's own: other test files read the demo cases meanwhile.
    const mine = await therapistWithCases(["routine"]);
    const maya = await actorFor(mine.email);
    const id = mine.cases[0]!.intakeId;
    const since = new Date();
    expect(
      await overrideDisposition(maya, id, { disposition: "soon", reason: "Night pain on questioning by phone" }),
    ).toBe(true);
    expect(await addNote(maya, id, { body: "Called the patient; pain wakes her twice a night." })).toBe(true);
    expect(await markReviewed(maya, id)).toBe(true);
    const found = await getCase(maya, id);
    expect(found?.triage).toEqual(expect.objectContaining({ computed: "routine", effective: "soon" }));
    expect(found?.triage.override).toEqual(
      expect.objectContaining({
        disposition: "soon",
        reason: "Night pain on questioning by phone",
        by: expect.stringMatching(/^Therapist /),
      }),
    );
    expect(found?.triage.reviewed?.by).toMatch(/^Therapist /);
    expect(found?.notes.at(-1)).toEqual(
      expect.objectContaining({
        author: expect.stringMatching(/^Therapist /),
        body: "Called the patient; pain wakes her twice a night.",
      }),
    );
    const queued = await withPg(
      async (c) => (await c.query("SELECT case_disposition, case_reviewed FROM intakes WHERE id = $1", [id])).rows[0],
    );
    expect(queued).toEqual({ case_disposition: "soon", case_reviewed: true });
    const actions = (await auditSince(since)).filter((e) => e.subject_id === id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["case.override", "case.note", "case.review", "case.view"]));
  });

  it("keeps notes append-only in the database itself", async () => {
    await expect(withPg((c) => c.query("UPDATE staff_notes SET body = 'edited'"))).rejects.toThrow(/append-only/);
  });

  it("lets only an admin move a booking, and the overlap constraint still guards the new therapist's diary", async () => {
    const admin = await actorFor(DEMO.admin);
    const maya = await actorFor(DEMO.maya);
    const from = await therapistWithCases(["urgent"]);
    const to = await therapistWithCases([]);
    await withPg((c) => c.query("UPDATE therapists SET active = true WHERE id = $1", [to.therapistId]));
    const { intakeId: id, bookingId: booking_id } = from.cases[0]!;
    const mayaTherapist = to.therapistId;
    await expect(moveBooking(maya, id, { therapistId: mayaTherapist })).rejects.toThrow(/admin/);

    // Give Maya a booking at exactly that time: the move must be refused.
    const blocker = await withPg(async (c) => {
      const sql = "SELECT appointment_type_id, patient_id, starts_at, ends_at FROM bookings WHERE id = $1";
      const moving = (await c.query(sql, [booking_id])).rows[0];
      const { appointment_type_id: type, patient_id: patient, starts_at: startsAt, ends_at: endsAt } = moving;
      return (await insertTestBooking(c, { therapist: mayaTherapist, type, patient, startsAt, endsAt })).id;
    });
    expect(await moveBooking(admin, id, { therapistId: mayaTherapist })).toBe("clash");
    await withPg((c) =>
      c.query("UPDATE bookings SET status = 'cancelled', cancelled_at = now() WHERE id = $1", [blocker]),
    );
    const since = new Date();
    expect(await moveBooking(admin, id, { therapistId: mayaTherapist })).toBe("moved");
    const moved = await withPg(
      async (c) =>
        (await c.query("SELECT case_therapist_id FROM intakes WHERE id = $1", [id])).rows[0].case_therapist_id,
    );
    expect(moved).toBe(mayaTherapist);
    expect(await auditSince(since)).toContainEqual(
      expect.objectContaining({ action: "booking.move", subject_id: booking_id, actor_id: admin.userId }),
    );
  });
});
