import { describe, expect, inject, it } from "vitest";

import { insertTestBooking } from "@/test/booking-factory";
import { seededIds, withPg } from "@/test/pg";

import { migrate } from "../scripts/lib/migrate";

describe("audit_events", () => {
  it("accepts new events but rejects UPDATE, DELETE and TRUNCATE", async () => {
    await withPg(async (c) => {
      const { rows } = await c.query(
        `INSERT INTO audit_events (action, subject_type, subject_id, ip, user_agent)
         VALUES ('intake.read', 'intake', 'abc', '127.0.0.1', 'test') RETURNING id`,
      );
      const id = rows[0].id;
      await expect(c.query("UPDATE audit_events SET action = 'x' WHERE id = $1", [id])).rejects.toThrow(/append-only/);
      await expect(c.query("DELETE FROM audit_events WHERE id = $1", [id])).rejects.toThrow(/append-only/);
      await expect(c.query("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
      const after = await c.query("SELECT action FROM audit_events WHERE id = $1", [id]);
      expect(after.rows[0].action).toBe("intake.read");
    });
  });
});

describe("migrations", () => {
  it("are recorded, so running them again changes nothing", async () => {
    const { rows } = await withPg((c) => c.query("SELECT name FROM pgmigrations"));
    expect(rows.map((r) => r.name)).toContain("1764090000000_init");
    await expect(migrate(inject("databaseUrl"))).resolves.toEqual([]);
  });
});

describe("clinic_settings", () => {
  it("holds a single row", async () => {
    await withPg(async (c) => {
      await expect(
        c.query("INSERT INTO clinic_settings (id, name, address, phone, email) VALUES (2, 'x', 'x', 'x', 'x')"),
      ).rejects.toMatchObject({ code: "23514" });
    });
  });
});

describe("bookings_no_overlap", () => {
  it("rejects a booking whose blocked time overlaps a live one of the same therapist with SQLSTATE 23P01", async () => {
    const ids = await seededIds();
    const gait = (startsAt: string) => ({
      therapist: ids.mayaId,
      type: ids.gaitTypeId,
      patient: ids.patientId,
      startsAt: new Date(startsAt),
    });
    await withPg(async (c) => {
      const first = await insertTestBooking(c, gait("2031-03-10T10:00:00Z"));
      // Inside the first one's 10-minute clean-up (and the second's 10-minute set-up).
      await expect(insertTestBooking(c, gait("2031-03-10T11:05:00Z"))).rejects.toMatchObject({
        code: "23P01",
        constraint: "bookings_no_overlap",
      });
      await c.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1", [first.id]);
      await expect(insertTestBooking(c, gait("2031-03-10T10:30:00Z"))).resolves.toHaveProperty("id");
    });
  });
});
