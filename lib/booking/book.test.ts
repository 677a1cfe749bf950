import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";

import { createBooking } from "./book";

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

describe("createBooking", () => {
  it("books a free time, keeps the condition page's region and area, and queues a sealed confirmation", async () => {
    const ids = await therapistIds();
    const day = mondayWeeksAhead(5);
    const outcome = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(day, "09:00"),
      patient: patient("a1"),
      region: "knee",
      area: "front",
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.reply).toMatchObject({
      start: londonTime(day, "09:00"),
      end: new Date(Date.parse(londonTime(day, "09:00")) + 30 * 60_000).toISOString(),
      therapist: { id: ids["maya-okafor"], displayName: "Maya Okafor" },
      type: { slug: "follow-up", name: "Follow-up" },
    });
    expect(tokenOf(outcome.reply.manageUrl)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(outcome.reply.intakeUrl).toMatch(/\/intake\/[A-Za-z0-9_-]{43}$/);
    await withPg(async (c) => {
      const { rows } = await c.query("SELECT region, area, manage_token_hash FROM bookings WHERE id = $1", [
        outcome.reply.id,
      ]);
      expect(rows[0]).toMatchObject({ region: "knee", area: "front" });
      expect(rows[0].manage_token_hash).not.toContain(tokenOf(outcome.reply.manageUrl));
    });
    const jobs = await queuedMailTo(["pat.a1@example.com"]);
    expect(jobs.map((j) => j.message.kind)).toEqual(["booking-confirmation"]);
    // The queue holds no readable address, name or link.
    expect(jobs[0]!.stored).not.toContain("pat.a1@example.com");
    expect(jobs[0]!.stored).not.toContain(tokenOf(outcome.reply.manageUrl));
  });

  it("gives every booking its own patient record, even with the same e-mail and name, and tells the booker nothing", async () => {
    const ids = await therapistIds();
    const day = mondayWeeksAhead(5);
    const first = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(day, "11:00"),
      patient: patient("b1"),
    });
    const again = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(day, "12:00"),
      patient: { name: "PAT B1", email: "Pat.B1@Example.com", phone: "07700 900556" },
    });
    const stranger = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(day, "13:00"),
      patient: { name: "Someone Else", email: "pat.b1@example.com", phone: "07700 900557" },
    });
    expect([first.ok, again.ok, stranger.ok]).toEqual([true, true, true]);
    if (!first.ok || !again.ok || !stranger.ok) return;
    expect(Object.keys(again.reply).sort()).toEqual(Object.keys(first.reply).sort());
    const patients = await withPg(async (c) =>
      (
        await c.query("SELECT patient_id FROM bookings WHERE id = ANY($1::uuid[]) ORDER BY starts_at", [
          [first.reply.id, again.reply.id, stranger.reply.id],
        ])
      ).rows.map((r) => r.patient_id),
    );
    // Joined only on proof (the e-mailed link or an admin), never by what was typed.
    expect(new Set(patients).size).toBe(3);
  });

  it("answers the same Idempotency-Key with the first booking and makes only one", async () => {
    const ids = await therapistIds();
    const request = {
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(mondayWeeksAhead(5), "14:00"),
      patient: patient("c1"),
    };
    const [one, two] = await Promise.all([
      createBooking(request, { idempotencyKey: "idem-test-0001" }),
      createBooking(request, { idempotencyKey: "idem-test-0001" }),
    ]);
    const three = await createBooking(request, { idempotencyKey: "idem-test-0001" });
    expect([one, two, three].map((o) => (o.ok ? "ok" : o.error))).toEqual(["ok", "ok", "ok"]);
    if (!one.ok || !two.ok || !three.ok) return;
    expect(two.reply).toEqual(one.reply);
    expect(three.reply).toEqual(one.reply);
    const count = await withPg(
      async (c) =>
        (await c.query("SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'idem-test-0001'")).rows[0].n,
    );
    expect(count).toBe(1);
  });

  it("refuses a time that is taken, outside hours, inside the notice window or past the horizon", async () => {
    const ids = await therapistIds();
    const maya = ids["maya-okafor"];
    const day = mondayWeeksAhead(6);
    const book = (start: string, now?: Date) =>
      createBooking({ type: "initial-assessment", therapistId: maya, start, patient: patient("d1") }, { now });
    expect((await book(londonTime(day, "09:00"))).ok).toBe(true);
    // 60 minutes plus a 10-minute buffer after: 10:00 is inside the buffer, 10:10 is free.
    expect(await book(londonTime(day, "09:30"))).toEqual({ ok: false, error: "slot_unavailable" });
    expect(await book(londonTime(day, "10:00"))).toEqual({ ok: false, error: "slot_unavailable" });
    expect((await book(londonTime(day, "10:15"))).ok).toBe(true);
    expect(await book(londonTime(day, "15:30"))).toEqual({ ok: false, error: "slot_unavailable" }); // ends after 16:00
    expect(await book(londonTime(day, "07:00"))).toEqual({ ok: false, error: "slot_unavailable" });
    const start = londonTime(day, "13:00");
    expect(await book(start, new Date(Date.parse(start) - 11 * 3_600_000))).toEqual({
      ok: false,
      error: "slot_unavailable",
    });
    expect(await book(start, new Date(Date.parse(start) - 61 * 86_400_000))).toEqual({
      ok: false,
      error: "slot_unavailable",
    });
  });

  it("gives an 'any therapist' booking to whoever has fewer bookings that day", async () => {
    const ids = await therapistIds();
    const day = mondayWeeksAhead(7);
    await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(day, "09:00"),
      patient: patient("e1"),
    });
    const second = await createBooking({
      type: "follow-up",
      therapistId: "any",
      start: londonTime(day, "14:00"),
      patient: patient("e2"),
    });
    const third = await createBooking({
      type: "follow-up",
      therapistId: "any",
      start: londonTime(day, "15:00"),
      patient: patient("e3"),
    });
    expect(second.ok && second.reply.therapist.displayName).toBe("Tom Reilly");
    expect(third.ok && third.reply.therapist.displayName).toBe("Maya Okafor"); // one each now: the clinic's order decides
  });

  it("names an unknown type or therapist as a field error", async () => {
    const start = londonTime(mondayWeeksAhead(5), "09:00");
    expect(await createBooking({ type: "nope", therapistId: "any", start, patient: patient("f1") })).toEqual({
      ok: false,
      error: "invalid",
      fields: { type: "No appointment type has that name" },
    });
    expect(
      await createBooking({
        type: "follow-up",
        therapistId: "00000000-0000-4000-8000-000000000000",
        start,
        patient: patient("f1"),
      }),
    ).toMatchObject({ ok: false, error: "invalid", fields: { therapistId: expect.any(String) } });
  });
});
