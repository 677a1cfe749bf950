import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { seededIds, withPg } from "@/test/pg";

import { insertBooking, fetchServices } from "./catalogue";
import { SlotUnavailableError } from "../errors";

let ids: Awaited<ReturnType<typeof seededIds>>;
beforeAll(async () => {
  ids = await seededIds();
});

/** A 60-minute gait analysis (10 min buffers) for Maya at the given UTC time. */
function gait(startsAt: string, therapistId = ids.mayaId) {
  const start = new Date(startsAt);
  return {
    therapistId,
    appointmentTypeId: ids.gaitTypeId,
    patientId: ids.patientId,
    startsAt: start,
    endsAt: new Date(start.getTime() + 60 * 60_000),
    bufferBeforeMinutes: ids.gaitBufferBefore,
    bufferAfterMinutes: ids.gaitBufferAfter,
    manageTokenHash: randomUUID(),
  };
}

describe("insertBooking", () => {
  it("refuses a second booking of the same therapist at the same time", async () => {
    await insertBooking(gait("2031-03-03T10:00:00Z"));
    await expect(insertBooking(gait("2031-03-03T10:00:00Z"))).rejects.toBeInstanceOf(SlotUnavailableError);
  });

  it("counts buffers: a booking that starts inside the previous one's clean-up time is refused", async () => {
    await insertBooking(gait("2031-03-04T10:00:00Z"));
    // 11:00 end + 10 min after-buffer, and the next one's 10 min before-buffer: 11:15 overlaps.
    await expect(insertBooking(gait("2031-03-04T11:15:00Z"))).rejects.toBeInstanceOf(SlotUnavailableError);
    await expect(insertBooking(gait("2031-03-04T11:20:00Z"))).resolves.toHaveProperty("id");
  });

  it("lets another therapist take the same time", async () => {
    await insertBooking(gait("2031-03-05T10:00:00Z"));
    await expect(insertBooking(gait("2031-03-05T10:00:00Z", ids.tomId))).resolves.toHaveProperty("id");
  });

  it("frees the time when a booking is cancelled", async () => {
    const first = await insertBooking(gait("2031-03-06T10:00:00Z"));
    await withPg((c) => c.query("UPDATE bookings SET status = 'cancelled' WHERE id = $1", [first.id]));
    await expect(insertBooking(gait("2031-03-06T10:00:00Z"))).resolves.toHaveProperty("id");
  });

  it("lets exactly one of many simultaneous requests for one slot succeed", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, () => insertBooking(gait("2031-03-07T10:00:00Z"))),
    );
    const won = attempts.filter((a) => a.status === "fulfilled");
    const lost = attempts.filter((a) => a.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.every((a) => a.status === "rejected" && a.reason instanceof SlotUnavailableError)).toBe(true);
    const { rows } = await withPg((c) =>
      c.query("SELECT count(*)::int AS n FROM bookings WHERE starts_at = '2031-03-07T10:00:00Z'"),
    );
    expect(rows[0].n).toBe(1);
  });
});

describe("bookings_no_overlap constraint", () => {
  it("rejects an overlapping raw SQL insert with SQLSTATE 23P01", async () => {
    await insertBooking(gait("2031-03-10T10:00:00Z"));
    const insert = withPg((c) =>
      c.query(
        `INSERT INTO bookings (therapist_id, appointment_type_id, patient_id, starts_at, ends_at,
           blocked_from, blocked_until, manage_token_hash)
         VALUES ($1, $2, $3, '2031-03-10T10:30:00Z', '2031-03-10T11:00:00Z',
           '2031-03-10T10:30:00Z', '2031-03-10T11:00:00Z', $4)`,
        [ids.mayaId, ids.gaitTypeId, ids.patientId, randomUUID()],
      ),
    );
    await expect(insert).rejects.toMatchObject({ code: "23P01", constraint: "bookings_no_overlap" });
  });
});

describe("fetchServices", () => {
  it("lists the seeded services in the clinic's order with prices in pence", async () => {
    const services = await fetchServices();
    expect(services.map((s) => s.slug)).toEqual([
      "initial-assessment",
      "follow-up",
      "sports-massage",
      "running-gait-analysis",
    ]);
    expect(services[0]).toMatchObject({ name: "Initial assessment", minutes: 60, priceMinor: 6500 });
  });
});
