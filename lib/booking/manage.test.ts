import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { queuedMailTo } from "@/test/mail-jobs";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";

import { createBooking } from "./book";
import { formatWhen } from "./format";
import { cancelByToken, openManageLink, rescheduleByToken } from "./manage";
import { newToken } from "./tokens";

async function bookAt(start: string, who: string, now?: Date) {
  const ids = await therapistIds();
  const outcome = await createBooking(
    { type: "follow-up", therapistId: ids["maya-okafor"], start, patient: patient(who) },
    { now },
  );
  if (!outcome.ok) throw new Error(`could not book ${start}: ${outcome.error}`);
  return { id: outcome.reply.id, token: new URL(outcome.reply.manageUrl).pathname.split("/").pop()! };
}

const statusOf = (id: string) =>
  withPg(async (c) => (await c.query("SELECT status, starts_at FROM bookings WHERE id = $1", [id])).rows[0]);

describe("manage links", () => {
  it("opens only its own booking; a wrong, unknown or malformed token gets the same null", async () => {
    const { id, token } = await bookAt(londonTime(mondayWeeksAhead(4), "09:00"), "m1");
    expect((await openManageLink(token))?.id).toBe(id);
    expect(await openManageLink(newToken())).toBeNull();
    expect(await openManageLink(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await openManageLink("not-a-token")).toBeNull();
  });

  it("reschedules: the old time is free at once and the new one is checked by the same rules", async () => {
    const day = mondayWeeksAhead(4);
    const { id, token } = await bookAt(londonTime(day, "10:00"), "m2");
    expect(await rescheduleByToken(token, londonTime(day, "11:00"))).toEqual({ ok: true });
    expect(new Date((await statusOf(id)).starts_at).toISOString()).toBe(londonTime(day, "11:00"));
    await bookAt(londonTime(day, "10:00"), "m3"); // the old time went back on offer
    expect(await rescheduleByToken(token, londonTime(day, "10:15"))).toEqual({ ok: false, error: "slot_unavailable" });
    expect(await rescheduleByToken(token, londonTime(day, "19:00"))).toEqual({ ok: false, error: "slot_unavailable" }); // after hours
    // Moving by a few minutes overlaps only itself, which must not block it.
    expect(await rescheduleByToken(token, londonTime(day, "11:15"))).toEqual({ ok: true });
  });

  it("cancels online until the type's cut-off, then refuses so the page can give the phone number", async () => {
    const day = mondayWeeksAhead(4);
    const start = londonTime(day, "14:00");
    const twentyHoursBefore = new Date(Date.parse(start) - 20 * 3_600_000);
    const late = await bookAt(start, "m4", twentyHoursBefore);
    expect(await cancelByToken(late.token, twentyHoursBefore)).toEqual({ ok: false, error: "closed" });
    expect((await statusOf(late.id)).status).toBe("booked");

    const early = await bookAt(londonTime(day, "15:00"), "m5");
    expect(await cancelByToken(early.token)).toEqual({ ok: true });
    expect((await statusOf(early.id)).status).toBe("cancelled");
    expect(await cancelByToken(early.token)).toEqual({ ok: false, error: "closed" });
    await bookAt(londonTime(day, "15:00"), "m6"); // a cancelled time is free again
  });

  it("does not offer a questionnaire that has closed: the page says so instead of linking to it", async () => {
    const { id, token } = await bookAt(londonTime(mondayWeeksAhead(4), "12:30"), "m7");
    expect((await openManageLink(token))?.questionnaire).toEqual({ state: "none" });
    // Booked long ago for a time still ahead: the questionnaire link has run out (90 days).
    await withPg((c) => c.query("UPDATE bookings SET created_at = now() - interval '91 days' WHERE id = $1", [id]));
    expect((await openManageLink(token))?.questionnaire).toEqual({ state: "closed" });
  });

  it("tells the therapist, by time only, when their patient moves or cancels online", async () => {
    const day = mondayWeeksAhead(4);
    const { token } = await bookAt(londonTime(day, "08:00"), "m8");
    expect(await rescheduleByToken(token, londonTime(day, "13:15"))).toEqual({ ok: true });
    expect(await cancelByToken(token)).toEqual({ ok: true });
    const notices = (await queuedMailTo(["maya@stride-clinic.example"]))
      .map((j) => j.message)
      .filter(
        (m) =>
          m.kind === "therapist-notice" &&
          m.text.includes(formatWhen(new Date(londonTime(day, "13:15")), "Europe/London")),
      );
    expect(notices.map((m) => m.subject)).toEqual([
      "A patient moved their appointment",
      "A patient cancelled their appointment",
    ]);
    expect(notices[0]!.text).toMatch(/^A follow-up on Monday .* at 8:00 \(UK time\) has moved to Monday .* at 13:15/m);
    for (const notice of notices) expect(`${notice.text}${notice.html}`).not.toMatch(/Pat m8|pat\.m8/);
  });
});
