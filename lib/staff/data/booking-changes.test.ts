import { describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/book";
import { addDays } from "@/lib/calendar/dates";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { actorFor, auditSince, DEMO } from "@/test/staff-actor";

import { cancelForPatient, moveForPatient } from "./booking-changes";

// Maya's Mondays in week 45: past the patients' 60-day horizon, which staff are not held to.
const DAY = mondayWeeksAhead(45);
const NOW = new Date(Date.parse(londonTime(addDays(DAY, -30), "09:00")));

async function book(hhmm: string, who: string) {
  const ids = await therapistIds();
  const outcome = await createBooking(
    { type: "follow-up", therapistId: ids["maya-okafor"], start: londonTime(DAY, hhmm), patient: patient(who) },
    { now: NOW },
  );
  if (!outcome.ok) throw new Error(`could not book ${hhmm}: ${outcome.error}`);
  return outcome.reply;
}

const mailsTo = async (who: string) => (await queuedMailTo([patient(who).email])).map((j) => j.message);
const row = (id: string) =>
  withPg(
    async (c) => (await c.query("SELECT status, starts_at, messages_from FROM bookings WHERE id = $1", [id])).rows[0],
  );

describe("staff moving a booking to another time", () => {
  it("moves it, e-mails the patient the new time with the calendar file, moves its reminders and audits from/to", async () => {
    const booked = await book("09:00", "stmove");
    const since = new Date();
    const maya = await actorFor(DEMO.maya);
    expect(await moveForPatient(maya, { bookingId: booked.id, date: DAY, time: "14:30" }, NOW)).toBe("moved");

    expect((await row(booked.id)).starts_at.toISOString()).toBe(londonTime(DAY, "14:30"));
    expect((await row(booked.id)).messages_from).toEqual(NOW);
    const moved = (await mailsTo("stmove")).filter((m) => m.kind === "booking-rescheduled");
    expect(moved).toHaveLength(1);
    expect(moved[0]!.text).toMatch(/14:30/);
    expect(moved[0]!.text).toContain(booked.manageUrl);
    expect(moved[0]!.calendar?.entry).toMatchObject({ start: londonTime(DAY, "14:30"), sequence: expect.any(Number) });
    const [event] = (await auditSince(since)).filter(
      (e) => e.action === "booking.reschedule" && e.subject_id === booked.id,
    );
    expect(event).toBeDefined();
  });

  it("refuses a time outside the therapist's hours or taken, and anyone else's booking, changing nothing", async () => {
    const booked = await book("10:00", "stmove2");
    await book("11:00", "stmove3");
    const maya = await actorFor(DEMO.maya);
    expect(await moveForPatient(maya, { bookingId: booked.id, date: DAY, time: "20:00" }, NOW)).toBe("not_free");
    expect(await moveForPatient(maya, { bookingId: booked.id, date: DAY, time: "11:00" }, NOW)).toBe("not_free");
    const tom = await actorFor(DEMO.tom);
    expect(await moveForPatient(tom, { bookingId: booked.id, date: DAY, time: "12:00" }, NOW)).toBe("not_found");
    expect((await row(booked.id)).starts_at.toISOString()).toBe(londonTime(DAY, "10:00"));
    expect((await mailsTo("stmove2")).map((m) => m.kind)).toEqual(["booking-confirmation"]);
  });
});

describe("staff cancelling a booking", () => {
  it("cancels it once and e-mails the patient the cancellation; another therapist cannot", async () => {
    const booked = await book("12:30", "stcancel");
    const tom = await actorFor(DEMO.tom);
    expect(await cancelForPatient(tom, { bookingId: booked.id }, NOW)).toBe("not_found");
    const admin = await actorFor(DEMO.admin);
    expect(await cancelForPatient(admin, { bookingId: booked.id }, NOW)).toBe("cancelled");
    expect(await cancelForPatient(admin, { bookingId: booked.id }, NOW)).toBe("not_found");
    expect((await row(booked.id)).status).toBe("cancelled");
    const cancelled = (await mailsTo("stcancel")).filter((m) => m.kind === "booking-cancelled");
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.calendar?.entry.cancelled).toBe(true);
  });
});
