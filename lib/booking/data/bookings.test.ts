import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { mailBoss } from "@/lib/mail/queue";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { withPg } from "@/test/pg";

import { SlotUnavailableError } from "../errors";
import { insertBookingWithPatient, type NewBooking } from "./bookings";

const jobCount = () =>
  withPg(async (c) => (await c.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'booking-email'")).rows[0].n as number);

async function newBooking(n: string, start: string): Promise<NewBooking> {
  const ids = await therapistIds();
  const typeId = await withPg(async (c) => (await c.query("SELECT id FROM appointment_types WHERE slug = 'follow-up'")).rows[0].id as string);
  const startsAt = new Date(start);
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  return {
    id: randomUUID(),
    patient: { name: `Race ${n}`, email: `race.${n}@example.com`, phone: "07700 900555" },
    therapistId: ids["maya-okafor"],
    appointmentTypeId: typeId,
    startsAt,
    endsAt,
    blockedFrom: startsAt,
    blockedUntil: new Date(endsAt.getTime() + 5 * 60_000),
    manageTokenHash: `manage-${n}-${randomUUID()}`,
    intakeTokenHash: `intake-${n}-${randomUUID()}`,
    mail: { kind: "booking-confirmation", from: "clinic@example.com", to: `race.${n}@example.com`, subject: "Booked", text: "Booked" },
  };
}

describe("insertBookingWithPatient", () => {
  // Patient, booking and mail are one statement: whoever loses the race leaves nothing behind.
  it("queues exactly one mail and one new patient when two requests race for one time", async () => {
    await mailBoss(); // creates the queue's schema on a fresh database
    // Before opening hours: the insert alone is under test, and no other test books this moment.
    const start = londonTime(mondayWeeksAhead(6), "06:43");
    const before = await jobCount();
    const results = await Promise.allSettled([
      insertBookingWithPatient(await newBooking("r1", start)),
      insertBookingWithPatient(await newBooking("r2", start)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected");
    expect(lost?.reason).toBeInstanceOf(SlotUnavailableError);
    expect(await jobCount()).toBe(before + 1);
    const patients = await withPg(
      async (c) => (await c.query("SELECT count(*)::int AS n FROM patients WHERE email IN ('race.r1@example.com', 'race.r2@example.com')")).rows[0].n,
    );
    expect(patients).toBe(1);
  });
});
