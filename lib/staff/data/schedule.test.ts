import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { mintActor, type StaffActor } from "@/lib/auth/actor";
import { loadSessionUser } from "@/lib/auth/data/sessions";
import { insertTestBooking } from "@/test/booking-factory";
import { seededIds, withPg } from "@/test/pg";

import { listSchedule, markAttendance } from "./schedule";

let ids: Awaited<ReturnType<typeof seededIds>>;
let maya: StaffActor;
let tom: StaffActor;
let admin: StaffActor;

/** A real actor: a session row for the demo user, checked by loadSessionUser as a request would be. */
async function actorFor(email: string): Promise<StaffActor> {
  const { id, sessionVersion, sessionId } = await withPg(async (c) => {
    const user = await c.query<{ id: string; session_version: number }>(
      "SELECT id, session_version FROM staff_users WHERE email = $1",
      [email],
    );
    const row = user.rows[0]!;
    const session = await c.query<{ id: string }>("INSERT INTO staff_sessions (user_id) VALUES ($1) RETURNING id", [
      row.id,
    ]);
    return { id: row.id, sessionVersion: row.session_version, sessionId: session.rows[0]!.id };
  });
  const user = await loadSessionUser(sessionId, id, sessionVersion);
  if (!user) throw new Error(`no session for ${email}`);
  return mintActor(user, { ip: "127.0.0.1", userAgent: "vitest" });
}

/** A 60-minute gait analysis written straight to the table (any time, no booking rules). */
async function booking(therapistId: string, startsAt: string): Promise<string> {
  const booking = {
    therapist: therapistId,
    type: ids.gaitTypeId,
    patient: ids.patientId,
    startsAt: new Date(startsAt),
  };
  return withPg(async (c) => (await insertTestBooking(c, booking)).id);
}

async function statusOf(bookingId: string): Promise<string> {
  return withPg(
    async (c) =>
      (await c.query<{ status: string }>("SELECT status::text FROM bookings WHERE id = $1", [bookingId])).rows[0]!
        .status,
  );
}

async function auditFor(action: string, subjectId: string) {
  return withPg(
    async (c) =>
      (
        await c.query<{ actor_id: string; subject_type: string; ip: string }>(
          "SELECT actor_id, subject_type, ip FROM audit_events WHERE action = $1 AND subject_id = $2",
          [action, subjectId],
        )
      ).rows,
  );
}

beforeAll(async () => {
  ids = await seededIds();
  [maya, tom, admin] = await Promise.all([
    actorFor("maya@stride-clinic.example"),
    actorFor("tom@stride-clinic.example"),
    actorFor("admin@stride-clinic.example"),
  ]);
});

describe("listSchedule", () => {
  const from = new Date("2021-05-10T00:00:00Z");
  const to = new Date("2021-05-17T00:00:00Z");
  let mayaBooking: string;
  let tomBooking: string;

  beforeAll(async () => {
    mayaBooking = await booking(ids.mayaId, "2021-05-11T09:00:00Z");
    tomBooking = await booking(ids.tomId, "2021-05-11T09:00:00Z");
    // Maya's booking has a questionnaire stopped at step C.
    await withPg((c) =>
      c.query("INSERT INTO intakes (booking_id, questionnaire_version, draft_step) VALUES ($1, 1, 'C')", [mayaBooking]),
    );
  });

  it("shows a therapist only their own bookings, whoever the URL names", async () => {
    const own = await listSchedule(maya, { from, to });
    expect(own.map((b) => b.id)).toEqual([mayaBooking]);
    expect(own[0]!.intake).toEqual({ kind: "draft", step: "C" });
    const asked = await listSchedule(maya, { therapistId: ids.tomId, from, to });
    expect(asked.map((b) => b.id)).toEqual([mayaBooking]);
    const toms = await listSchedule(tom, { from, to });
    expect(toms.map((b) => b.id)).toEqual([tomBooking]);
    expect(toms[0]!.intake).toEqual({ kind: "none" });
  });

  it("lets an admin open any therapist's schedule, and audits the view", async () => {
    const rows = await listSchedule(admin, { therapistId: ids.tomId, from, to });
    expect(rows.map((b) => b.id)).toEqual([tomBooking]);
    const events = await auditFor("schedule.view", ids.tomId);
    expect(events.some((e) => e.actor_id === admin.userId && e.subject_type === "therapist")).toBe(true);
  });
});

describe("markAttendance", () => {
  it("marks the therapist's own past booking and writes the audit event", async () => {
    const id = await booking(ids.mayaId, "2021-06-01T10:00:00Z");
    await expect(markAttendance(maya, { bookingId: id, outcome: "completed" })).resolves.toBe("marked");
    expect(await statusOf(id)).toBe("completed");
    const events = await auditFor("booking.attendance", id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor_id: maya.userId, subject_type: "booking", ip: "127.0.0.1" });

    await expect(markAttendance(maya, { bookingId: id, outcome: "no_show" })).resolves.toBe("marked");
    expect(await statusOf(id)).toBe("no_show");
  });

  it("answers another therapist's booking exactly like a missing one, and changes nothing", async () => {
    const id = await booking(ids.mayaId, "2021-06-02T10:00:00Z");
    await expect(markAttendance(tom, { bookingId: id, outcome: "no_show" })).resolves.toBe("not_found");
    await expect(markAttendance(tom, { bookingId: randomUUID(), outcome: "no_show" })).resolves.toBe("not_found");
    expect(await statusOf(id)).toBe("booked");
    expect(await auditFor("booking.attendance", id)).toHaveLength(0);
  });

  it("lets an admin mark anyone's booking", async () => {
    const id = await booking(ids.tomId, "2021-06-03T10:00:00Z");
    await expect(markAttendance(admin, { bookingId: id, outcome: "completed" })).resolves.toBe("marked");
    expect(await statusOf(id)).toBe("completed");
  });

  it("refuses a booking on a later day, and a cancelled one", async () => {
    const later = await booking(ids.mayaId, "2021-06-05T10:00:00Z");
    const now = new Date("2021-06-04T12:00:00Z");
    await expect(markAttendance(maya, { bookingId: later, outcome: "completed" }, now)).resolves.toBe("too_early");
    // Later the same day (London) is fine.
    await expect(
      markAttendance(maya, { bookingId: later, outcome: "completed" }, new Date("2021-06-05T07:00:00Z")),
    ).resolves.toBe("marked");
    const cancelled = await booking(ids.mayaId, "2021-06-06T10:00:00Z");
    await withPg((c) => c.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1", [cancelled]));
    await expect(markAttendance(maya, { bookingId: cancelled, outcome: "completed" })).resolves.toBe("not_found");
    expect(await auditFor("booking.attendance", later)).toHaveLength(1);
  });

  it("refuses an actor that did not come from a session check", async () => {
    const forged = { ...maya } as StaffActor;
    await expect(markAttendance(forged, { bookingId: randomUUID(), outcome: "completed" })).rejects.toThrow();
  });
});
