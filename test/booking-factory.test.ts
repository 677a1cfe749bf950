import { describe, expect, it } from "vitest";

import { insertBookingsSql, insertTestBooking } from "./booking-factory";
import { seededIds, withPg } from "./pg";

const stored = (id: string) =>
  withPg(
    async (c) =>
      (
        await c.query(
          `SELECT ends_at - starts_at AS length, starts_at - blocked_from AS before, blocked_until - ends_at AS after,
              status::text
         FROM bookings WHERE id = $1`,
          [id],
        )
      ).rows[0],
  );

describe("the booking factory", () => {
  it("blocks a booking by its type's buffers, one at a time or set-based, as blocked-window.ts says", async () => {
    const ids = await seededIds();
    const one = await withPg((c) =>
      insertTestBooking(c, {
        therapist: "maya-okafor",
        type: "running-gait-analysis",
        patient: ids.patientId,
        startsAt: new Date("2034-01-02T10:00:00Z"),
      }),
    );
    expect(one.blockedFrom).toEqual(new Date("2034-01-02T09:50:00Z"));
    expect(one.blockedUntil).toEqual(new Date("2034-01-02T11:10:00Z"));
    const [bulk] = await withPg(
      async (c) =>
        (
          await c.query<{ id: string }>(
            insertBookingsSql(
              `(SELECT $1::uuid AS therapist_id, $2::uuid AS appointment_type_id, $3::uuid AS patient_id,
                   $4::timestamptz AS starts_at)`,
              { returning: "id" },
            ),
            [ids.tomId, ids.gaitTypeId, ids.patientId, "2034-01-02T10:00:00Z"],
          )
        ).rows,
    );
    const expected = { length: { hours: 1 }, before: { minutes: 10 }, after: { minutes: 10 }, status: "booked" };
    expect(await stored(one.id)).toEqual(expected);
    expect(await stored(bulk!.id)).toEqual(expected);
  });

  it("makes the patient when asked, and keeps a given end", async () => {
    const booking = await withPg((c) =>
      insertTestBooking(c, {
        therapist: "tom-reilly",
        patient: { name: "Factory Fran", email: "fran@example.com" },
        startsAt: new Date("2034-01-03T10:00:00Z"),
        endsAt: new Date("2034-01-03T10:45:00Z"),
        status: "completed",
      }),
    );
    // The follow-up by default: no buffer before, 5 minutes after.
    const expected = { length: { minutes: 45 }, before: {}, after: { minutes: 5 }, status: "completed" };
    expect(await stored(booking.id)).toEqual(expected);
    const patient = await withPg(
      async (c) => (await c.query("SELECT name FROM patients WHERE id = $1", [booking.patientId])).rows[0],
    );
    expect(patient).toEqual({ name: "Factory Fran" });
  });
});
