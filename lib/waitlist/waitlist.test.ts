import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/book";
import { cancelByToken } from "@/lib/booking/manage";
import { addDays } from "@/lib/calendar/dates";
import { deliver } from "@/lib/mail/transport";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { mailTo, testSmtp, waitFor, type TestSmtp } from "@/test/smtp";

import { POST as acceptByApi } from "@/app/api/waitlist/offers/[token]/route";
import { newToken } from "@/lib/booking/tokens";
import { fromAddress } from "@/test/peer";

import { joinWaitlist } from "./join";
import { offerFreedTimes } from "./offer-freed-times";
import { acceptOffer, declineOffer, leaveWaitlist } from "./respond";

// A controllable clock: the day is far ahead (week 80, no other test's), and every
// step is given its `now`, so holds lapse without waiting 30 real minutes.
const DAY = mondayWeeksAhead(80);
const MINUTE = 60_000;
const NOW = new Date(Date.parse(londonTime(addDays(DAY, -3), "09:00")));
const later = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;

async function book(hhmm: string, who: string, day = DAY) {
  const ids = await therapistIds();
  const outcome = await createBooking(
    { type: "follow-up", therapistId: ids["maya-okafor"], start: londonTime(day, hhmm), patient: patient(who) },
    { now: NOW },
  );
  if (!outcome.ok) throw new Error(`could not book ${hhmm}: ${outcome.error}`);
  return tokenOf(outcome.reply.manageUrl);
}

async function join(who: string, options: { day?: string; therapist?: "any" } = {}) {
  const ids = await therapistIds();
  const day = options.day ?? DAY;
  const joined = await joinWaitlist(
    {
      type: "follow-up",
      therapistId: options.therapist ?? ids["maya-okafor"],
      from: day,
      to: day,
      patient: patient(who),
    },
    NOW,
  );
  if (!joined.ok) throw new Error(`could not join: ${JSON.stringify(joined.fields)}`);
  return joined;
}

/** The offer e-mails queued for this patient, oldest first, with their links' tokens. */
async function offersTo(who: string) {
  const jobs = await queuedMailTo([patient(who).email]);
  return jobs
    .map((j) => j.message)
    .filter((m) => m.kind === "waitlist-offer")
    .map((m) => ({ message: m, token: m.text.match(/\/waitlist\/offers\/([\w-]{43})/)![1]! }));
}

async function liveBookingsAt(day: string, hhmm: string) {
  return withPg(async (c) => {
    const { rows } = await c.query<{ status: string; email: string }>(
      `SELECT b.status::text, p.email FROM bookings b JOIN patients p ON p.id = b.patient_id
       WHERE b.starts_at = $1 AND b.status <> 'cancelled'`,
      [londonTime(day, hhmm)],
    );
    return rows;
  });
}

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await testSmtp();
});
afterAll(() => smtp.stop());

describe("the waitlist", () => {
  it("confirms joining with a link to leave", async () => {
    const joined = await join("wlconfirm");
    expect(joined.leaveUrl).toMatch(/\/waitlist\/leave\/[\w-]{43}$/);
    const [mail] = (await queuedMailTo([patient("wlconfirm").email])).map((j) => j.message);
    expect(mail!.kind).toBe("waitlist-joined");
    expect(mail!.text).toContain("We will e-mail you if a time comes free for follow-up with Maya Okafor on ");
    expect(mail!.text).toContain(joined.leaveUrl);
    expect(await leaveWaitlist(tokenOf(joined.leaveUrl), NOW)).toBe("left");
    expect(await leaveWaitlist(tokenOf(joined.leaveUrl), NOW)).toBe("gone");
  });

  it("hands a freed time to the first patient in joining order, then to the next when the hold lapses", async () => {
    const cancelled = await book("10:00", "wlbooked");
    await join("wlfirst");
    await join("wlsecond");

    expect((await cancelByToken(cancelled, NOW)).ok).toBe(true);
    expect(await offerFreedTimes(NOW)).toMatchObject({ offered: 1 });
    const [first] = await offersTo("wlfirst");
    expect(first!.message.subject).toMatch(/^A time has come free: Monday \d+ \w+ \d{4} at 10:00$/);
    expect(first!.message.text).toContain("We are holding it for you until 9:30 (UK time)");
    expect(await offersTo("wlsecond")).toEqual([]);
    expect(await liveBookingsAt(DAY, "10:00")).toEqual([{ status: "held", email: patient("wlfirst").email }]);

    // Nobody else can book a held time.
    const ids = await therapistIds();
    const taken = await createBooking(
      { type: "follow-up", therapistId: ids["maya-okafor"], start: londonTime(DAY, "10:00"), patient: patient("wlx") },
      { now: NOW },
    );
    expect(taken).toEqual({ ok: false, error: "slot_unavailable" });

    // Half an hour later the first hold lapses and goes to the next patient who wants it.
    await offerFreedTimes(later(29));
    expect(await offersTo("wlsecond")).toEqual([]);
    await offerFreedTimes(later(30));
    expect(await acceptOffer(first!.token, later(31))).toEqual({ ok: false, error: "offer_expired" });
    const again = (await offersTo("wlsecond")).at(-1)!;
    expect(again.message.subject).toMatch(/at 10:00$/);
    const booked = await acceptOffer(again.token, later(35));
    expect(booked).toMatchObject({ ok: true, reply: { therapist: { displayName: "Maya Okafor" } } });
    expect(await liveBookingsAt(DAY, "10:00")).toEqual([{ status: "booked", email: patient("wlsecond").email }]);
    const confirmation = (await queuedMailTo([patient("wlsecond").email])).at(-1)!.message;
    expect(confirmation.kind).toBe("booking-confirmation");
    expect(booked.ok && confirmation.text).toContain(booked.ok ? booked.reply.manageUrl : "");
  });

  it("gives one booking when the offered patient presses twice and someone else books the same time at once", async () => {
    const day = addDays(DAY, 42);
    const cancelled = await book("12:00", "wlrace", day);
    await join("wlracer", { day });
    await cancelByToken(cancelled, NOW);
    await offerFreedTimes(NOW);
    const [offer] = await offersTo("wlracer");
    const ids = await therapistIds();
    const outcomes = await Promise.all([
      acceptOffer(offer!.token, later(1)),
      acceptOffer(offer!.token, later(1)),
      createBooking(
        {
          type: "follow-up",
          therapistId: ids["maya-okafor"],
          start: londonTime(day, "12:00"),
          patient: patient("wly"),
        },
        { now: NOW },
      ),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes[2]).toEqual({ ok: false, error: "slot_unavailable" });
    expect(await liveBookingsAt(day, "12:00")).toEqual([{ status: "booked", email: patient("wlracer").email }]);
  });

  it("settles a press at the last moment against the lapse job: one booking or one new offer, never both", async () => {
    const day = addDays(DAY, 7);
    const cancelled = await book("09:00", "wledge", day);
    await join("wledgefirst", { day });
    await join("wledgenext", { day });
    await cancelByToken(cancelled, NOW);
    await offerFreedTimes(NOW);
    const [offer] = await offersTo("wledgefirst");
    const [accepted] = await Promise.all([acceptOffer(offer!.token, later(29)), offerFreedTimes(later(30))]);
    const rows = await liveBookingsAt(day, "09:00");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(
      accepted.ok
        ? { status: "booked", email: patient("wledgefirst").email }
        : { status: "held", email: patient("wledgenext").email },
    );
  });

  it("offers the time to the next patient at once when the first declines, and keeps the first on the list", async () => {
    const day = addDays(DAY, 14);
    const cancelled = await book("11:00", "wldecl", day);
    await join("wldeclfirst", { day });
    await join("wldeclnext", { day, therapist: "any" });
    await cancelByToken(cancelled, NOW);
    await offerFreedTimes(NOW);
    const [offer] = await offersTo("wldeclfirst");
    expect(await declineOffer(offer!.token, later(2))).toBe("declined");
    expect(await declineOffer(offer!.token, later(2))).toBe("gone");
    await offerFreedTimes(later(3));
    const [next] = await offersTo("wldeclnext");
    expect(next!.message.subject).toMatch(/at 11:00$/);
    await withPg(async (c) => {
      const { rows } = await c.query(
        `SELECT w.status FROM waitlist_entries w JOIN patients p ON p.id = w.patient_id WHERE p.email = $1`,
        [patient("wldeclfirst").email],
      );
      expect(rows).toEqual([{ status: "waiting" }]);
    });
  });

  it("offers times when a day off is removed", async () => {
    const day = addDays(DAY, 21);
    const ids = await therapistIds();
    const overrideId = await withPg(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO availability_overrides (therapist_id, date, kind, reason) VALUES ($1, $2, 'time_off', 'Course')
         RETURNING id`,
        [ids["maya-okafor"], day],
      );
      return rows[0]!.id;
    });
    await join("wldayoff", { day });
    await offerFreedTimes(NOW);
    expect(await offersTo("wldayoff")).toEqual([]);
    await withPg((c) => c.query("DELETE FROM availability_overrides WHERE id = $1", [overrideId]));
    await offerFreedTimes(NOW);
    const [offer] = await offersTo("wldayoff");
    expect(offer!.message.subject).toMatch(/at 8:00$/);
  });

  it("sends the offer through SMTP with the clinic's contact, the hold and the link, and no health words", async () => {
    const day = addDays(DAY, 28);
    const cancelled = await book("14:00", "wlsmtp", day);
    await join("wlsmtpwait", { day });
    await cancelByToken(cancelled, NOW);
    await offerFreedTimes(NOW);
    const [offer] = await offersTo("wlsmtpwait");
    await deliver(offer!.message, smtp.url);
    const mail = await waitFor(() => mailTo(smtp.received, patient("wlsmtpwait").email), 10_000);
    expect(mail.text).toContain(`/waitlist/offers/${offer!.token}`);
    expect(mail.text).toMatch(/Phone .+ · .+@/);
    expect(mail.html).toContain('lang="en-GB"');
    expect(mail.text).not.toMatch(/pain|injur|symptom|triage|urgent|condition/i);
  });

  it("leaving lets a held time go to the next patient", async () => {
    const day = addDays(DAY, 35);
    const cancelled = await book("15:00", "wlleave", day);
    const leaver = await join("wlleaver", { day });
    await join("wlstayer", { day });
    await cancelByToken(cancelled, NOW);
    await offerFreedTimes(NOW);
    expect(await leaveWaitlist(tokenOf(leaver.leaveUrl), later(1))).toBe("left");
    await offerFreedTimes(later(2));
    expect((await offersTo("wlstayer")).map((o) => o.message.subject)).toContainEqual(
      expect.stringMatching(/at 15:00$/),
    );
  });
});

describe("joining the waitlist", () => {
  it("refuses dates in the past or past the booking horizon, and a fourth list for one address", async () => {
    const ids = await therapistIds();
    const base = { type: "follow-up", therapistId: ids["maya-okafor"], patient: patient("wllimits") };
    expect(await joinWaitlist({ ...base, from: addDays(DAY, -90), to: addDays(DAY, -89) }, NOW)).toEqual({
      ok: false,
      fields: { from: "Choose a first date from today onwards" },
    });
    const far = await joinWaitlist({ ...base, from: addDays(DAY, 80), to: addDays(DAY, 81) }, NOW);
    expect(far.ok || far.fields.from).toMatch(/^We book up to \d+ \w+ \d{4}: choose a first date on or before it$/);
    for (let i = 0; i < 3; i++) expect((await joinWaitlist({ ...base, from: DAY, to: DAY }, NOW)).ok).toBe(true);
    const fourth = await joinWaitlist({ ...base, from: DAY, to: DAY }, NOW);
    expect(fourth.ok || fourth.fields["patient.email"]).toMatch(/already on the waitlist 3 times/);
  });
});

describe("POST /api/waitlist/offers/{offerToken}", () => {
  // Here, not beside the route: every run of the offer job in the tests is in this file, on one clock.
  const post = (token: string) =>
    acceptByApi(
      new Request(`http://localhost/api/waitlist/offers/${token}`, {
        method: "POST",
        headers: fromAddress(`2001:db8:${crypto.randomUUID().slice(0, 4)}::1`),
      }),
      { params: Promise.resolve({ token }) },
    );
  const reply = async (response: Response) => ({ status: response.status, body: await response.json() });

  it("books the held time (201, as POST /api/bookings answers), then 410 offer_expired; an unknown token is 404", async () => {
    const day = addDays(DAY, 49);
    const cancelled = await book("13:00", "wlapi", day);
    await join("wlapiwait", { day });
    await cancelByToken(cancelled, NOW);
    await offerFreedTimes(NOW);
    const [offer] = await offersTo("wlapiwait");
    const booked = await reply(await post(offer!.token));
    expect(booked).toEqual({
      status: 201,
      body: {
        id: expect.any(String),
        start: londonTime(day, "13:00"),
        end: expect.any(String),
        therapist: { id: (await therapistIds())["maya-okafor"], displayName: "Maya Okafor" },
        type: { slug: "follow-up", name: "Follow-up" },
        manageUrl: expect.stringMatching(/\/appointments\/[\w-]{43}$/),
        intakeUrl: expect.stringMatching(/\/intake\/[\w-]{43}$/),
      },
    });
    expect(await reply(await post(offer!.token))).toEqual({ status: 410, body: { error: "offer_expired" } });
    expect(await reply(await post(newToken()))).toEqual({ status: 404, body: { error: "not_found" } });
    expect((await post("../../etc")).status).toBe(404);
  });
});
