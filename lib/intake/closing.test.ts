import { describe, expect, it } from "vitest";

import { hashToken, newToken } from "@/lib/booking/tokens";
import { insertTestBooking, type BookingStatus } from "@/test/booking-factory";
import { londonTime, mondayWeeksAhead } from "@/test/booking-fixtures";
import { withPg } from "@/test/pg";

import { saveDraft, submitIntake } from "./data";
import { openIntake, saveDraftByToken, submitByToken } from "./intake";
import { answers } from "./test-answers";

const DAY = 86_400_000;

/** A booking of its own (Priya, at a night hour no other test uses) and its intake link. */
async function booking(weeksAhead: number, hhmm: string, status: BookingStatus = "booked") {
  const token = newToken();
  const inserted = await withPg((c) =>
    insertTestBooking(c, {
      therapist: "priya-shah",
      patient: { name: "Closing Patient", email: `closing.${weeksAhead}.${hhmm.replace(":", "")}@example.com` },
      startsAt: new Date(londonTime(mondayWeeksAhead(weeksAhead), hhmm)),
      intakeTokenHash: hashToken(token),
      status,
    }),
  );
  const row = await withPg(
    async (c) =>
      (await c.query("SELECT created_at, ends_at FROM bookings WHERE id = $1", [inserted.id])).rows[0] as {
        created_at: Date;
        ends_at: Date;
      },
  );
  return { token, id: inserted.id, createdAt: row.created_at, endsAt: row.ends_at };
}

const intakeRows = (bookingId: string) =>
  withPg(
    async (c) => (await c.query("SELECT count(*)::int AS n FROM intakes WHERE booking_id = $1", [bookingId])).rows[0].n,
  );

const result = { disposition: "routine" as const, flags: [], suspected: [], scores: {}, rulesVersion: 1 };
const sent = (at: Date) => ({ answers: {}, submittedAt: at, questionnaireVersion: 1, consentTextVersion: 1, result });

describe("a questionnaire link closes", () => {
  it("once the appointment has ended: read-only, and saves and sends are refused by the data functions", async () => {
    const b = await booking(6, "00:10");
    const before = new Date(b.endsAt.getTime() - 60_000);
    const after = new Date(b.endsAt.getTime() + 60_000);
    expect(await saveDraftByToken(b.token, { region: "knee" }, "B", "A", after)).toEqual({ ok: false });
    expect(await submitByToken(b.token, answers({ region: "knee" }), after)).toEqual({ ok: false, closed: true });
    // The data functions check for themselves, whoever calls them.
    expect(await saveDraft(b.id, { region: "knee" }, "B", 1, undefined, after)).toBe(false);
    expect(await submitIntake(b.id, sent(after))).toBe(false);
    expect(await intakeRows(b.id)).toBe(0);
    expect((await openIntake(b.token, before))?.closed).toBeNull();
    expect((await openIntake(b.token, after))?.closed).toBe("ended");

    // Before the end the same calls are kept.
    expect(await saveDraft(b.id, { region: "knee" }, "B", 1, undefined, before)).toBe(true);
  });

  it("after a no-show or an attended appointment, even before its time", async () => {
    for (const [hhmm, status] of [
      ["01:40", "no_show"],
      ["03:10", "completed"],
    ] as const) {
      const b = await booking(6, hhmm, status);
      const now = new Date(b.endsAt.getTime() - DAY);
      expect(await saveDraftByToken(b.token, { region: "knee" }, "B", "A", now)).toEqual({ ok: false });
      expect(await submitIntake(b.id, sent(now))).toBe(false);
      expect(await intakeRows(b.id)).toBe(0);
      expect((await openIntake(b.token, now))?.closed).toBe("ended");
    }
  });

  it("90 days after the booking was made, even when the appointment is later", async () => {
    const b = await booking(41, "03:00");
    const day89 = new Date(b.createdAt.getTime() + 89 * DAY);
    const day91 = new Date(b.createdAt.getTime() + 91 * DAY);
    expect(day91.getTime()).toBeLessThan(b.endsAt.getTime());
    expect(await saveDraftByToken(b.token, { region: "knee" }, "B", "A", day91)).toEqual({ ok: false });
    expect(await submitByToken(b.token, answers({ region: "knee" }), day91)).toEqual({ ok: false, closed: true });
    expect(await saveDraft(b.id, { region: "knee" }, "B", 1, undefined, day91)).toBe(false);
    expect(await intakeRows(b.id)).toBe(0);
    expect((await openIntake(b.token, day89))?.closed).toBeNull();
    expect((await openIntake(b.token, day91))?.closed).toBe("expired");
  });
});
