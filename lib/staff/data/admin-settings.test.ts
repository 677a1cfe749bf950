import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { NotAuthorized, type StaffActor } from "@/lib/auth/actor";
import { withPg } from "@/test/pg";
import { actorForUser, auditOf, makeStaffUser } from "@/test/staff-actor";

import { findAppointmentType, listAppointmentTypes, updateAppointmentType } from "./appointment-types";
import { listAuditEvents } from "./audit";
import { readClinicSettings, updateClinicSettings } from "./clinic";
import {
  deleteTimeOff,
  insertTimeOff,
  listTherapistHours,
  replaceWeeklyHours,
  therapistSchedule,
} from "./therapist-hours";

let admin: StaffActor;
let therapist: StaffActor;
let ownTherapistId: string;
beforeAll(async () => {
  admin = await actorForUser((await makeStaffUser("admin")).id);
  therapist = await actorForUser((await makeStaffUser("therapist")).id);
  // A therapist of this file's own, so the demo therapists' hours other tests rely on stay as seeded.
  ownTherapistId = await withPg(async (c) => {
    const { rows } = await c.query(
      "INSERT INTO therapists (slug, display_name, active) VALUES ($1, 'Vitest Therapist', false) RETURNING id",
      [`vitest-${randomUUID()}`],
    );
    return rows[0].id as string;
  });
});

describe("clinic, schedules, types and audit data functions", () => {
  it("refuse a therapist", async () => {
    await expect(readClinicSettings(therapist)).rejects.toBeInstanceOf(NotAuthorized);
    await expect(listTherapistHours(therapist)).rejects.toBeInstanceOf(NotAuthorized);
    await expect(replaceWeeklyHours(therapist, ownTherapistId, [])).rejects.toBeInstanceOf(NotAuthorized);
    await expect(
      insertTimeOff(therapist, {
        therapistId: ownTherapistId,
        date: "2031-01-01",
        startMinutes: null,
        endMinutes: null,
        reason: "",
      }),
    ).rejects.toBeInstanceOf(NotAuthorized);
    await expect(listAppointmentTypes(therapist)).rejects.toBeInstanceOf(NotAuthorized);
    await expect(listAuditEvents(therapist, {})).rejects.toBeInstanceOf(NotAuthorized);
    expect(await auditOf(ownTherapistId)).toEqual([]);
  });

  it("clinic details: saving writes clinic.update with the admin and address", async () => {
    const settings = (await readClinicSettings(admin))!;
    // The same values: other test files read the clinic row while this runs.
    await updateClinicSettings(admin, settings);
    const events = await withPg(
      async (c) =>
        (
          await c.query("SELECT action FROM audit_events WHERE actor_id = $1 AND subject_type = 'clinic'", [
            admin.userId,
          ])
        ).rows,
    );
    expect(events).toEqual([{ action: "clinic.update" }]);
  });

  it("weekly hours are replaced whole, time off is added and removed, each audited", async () => {
    await replaceWeeklyHours(admin, ownTherapistId, [
      { weekday: 1, startMinutes: 480, endMinutes: 720 },
      { weekday: 1, startMinutes: 780, endMinutes: 1020 },
    ]);
    await replaceWeeklyHours(admin, ownTherapistId, [{ weekday: 2, startMinutes: 540, endMinutes: 1020 }]);
    const { id } = await insertTimeOff(admin, {
      therapistId: ownTherapistId,
      date: "2031-06-03",
      startMinutes: 600,
      endMinutes: 660,
      reason: "Course",
    });
    let schedule = await therapistSchedule(admin, ownTherapistId, "2031-01-01");
    expect(schedule?.rules).toEqual([{ weekday: 2, startMinutes: 540, endMinutes: 1020 }]);
    expect(schedule?.overrides).toEqual([
      { id, date: "2031-06-03", kind: "time_off", startMinutes: 600, endMinutes: 660, reason: "Course" },
    ]);
    await deleteTimeOff(admin, ownTherapistId, id);
    schedule = await therapistSchedule(admin, ownTherapistId, "2031-01-01");
    expect(schedule?.overrides).toEqual([]);
    expect((await auditOf(ownTherapistId)).map((e) => e.action)).toEqual([
      "hours.update",
      "hours.update",
      "time_off.add",
      "time_off.remove",
    ]);
  });

  it("appointment type: an update is audited (saved unchanged, as other tests book these types)", async () => {
    const [type] = await listAppointmentTypes(admin);
    const { id, slug: _slug, currency: _currency, ...changes } = (await findAppointmentType(admin, type!.id))!;
    await updateAppointmentType(admin, id, changes);
    expect(await auditOf(id)).toContainEqual({
      action: "appointment_type.update",
      actor_id: admin.userId,
      ip: "127.0.0.1",
    });
  });

  it("audit log: newest first, keyset pages that neither overlap nor skip, and every view recorded", async () => {
    const reader = await actorForUser((await makeStaffUser("admin")).id);
    const first = await listAuditEvents(reader, { actorId: admin.userId });
    expect(first.events.length).toBeGreaterThan(3);
    const times = first.events.map((e) => e.occurredAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const [top, second] = first.events;
    const rest = await listAuditEvents(reader, {
      actorId: admin.userId,
      before: { occurredAt: top!.occurredAt, id: BigInt(top!.id) },
    });
    expect(rest.events[0]?.id).toBe(second!.id);
    expect(rest.events.map((e) => e.id)).toEqual(first.events.slice(1).map((e) => e.id));

    const views = await withPg(
      async (c) =>
        (
          await c.query("SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1 AND action = 'audit.view'", [
            reader.userId,
          ])
        ).rows[0].n,
    );
    expect(views).toBe(2);
  });
});
