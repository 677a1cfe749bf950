import { describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/book";
import { hashToken, newToken } from "@/lib/booking/tokens";
import { answers } from "@/lib/intake/test-answers";
import { insertTestBooking } from "@/test/booking-factory";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { fromAddress } from "@/test/peer";
import { withPg } from "@/test/pg";

import { POST as submitIntake } from "../../intakes/[token]/route";
import { POST as cancel } from "./cancel/route";
import { POST as reschedule } from "./reschedule/route";

// The patient's JSON API: the manage page's and questionnaire's actions, for clinic apps and kiosks.
// Each request series comes from an address of its own (in IPv6's documentation range, with a
// prefix of this run's: other files count their own addresses in the same limits store).
const prefix = `2001:db8:${crypto.randomUUID().slice(0, 4)}`;
let n = 0;
const address = () => `${prefix}::${++n}`;
const post = (
  handler: (r: Request, c: { params: Promise<{ token: string }> }) => Promise<Response>,
  token: string,
  body?: unknown,
  from = address(),
) =>
  handler(
    new Request(`http://localhost/api/x/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...fromAddress(from) },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ token }) },
  );
const reply = async (response: Response) => ({ status: response.status, body: await response.json() });

async function bookAt(start: string, who: string) {
  const ids = await therapistIds();
  const outcome = await createBooking({
    type: "follow-up",
    therapistId: ids["maya-okafor"],
    start,
    patient: patient(who),
  });
  if (!outcome.ok) throw new Error(`could not book ${start}: ${outcome.error}`);
  return { ...outcome.reply, token: new URL(outcome.reply.manageUrl).pathname.split("/").pop()! };
}

describe("POST /api/bookings/{manageToken}/cancel", () => {
  it("cancels once (200), then says it is no longer booked (409); an unknown token is 404", async () => {
    const { token } = await bookAt(londonTime(mondayWeeksAhead(9), "09:00"), "api1");
    const cancelled = await post(cancel, token);
    expect(cancelled.headers.get("cache-control")).toBe("no-store");
    expect(await reply(cancelled)).toEqual({ status: 200, body: { status: "cancelled" } });
    expect(await reply(await post(cancel, token))).toEqual({ status: 409, body: { error: "not_booked" } });
    expect(await reply(await post(cancel, newToken()))).toEqual({ status: 404, body: { error: "not_found" } });
    expect((await post(cancel, "not-a-token")).status).toBe(404);
  });

  it("refuses inside the type's cut-off with inside_cutoff, and changes nothing", async () => {
    const token = newToken();
    const soon = new Date(Date.now() + 3 * 3_600_000);
    const booking = await withPg((c) =>
      insertTestBooking(c, {
        therapist: "tom-reilly",
        patient: { name: "Soon Patient", email: "api.soon@example.com" },
        startsAt: new Date(Math.ceil(soon.getTime() / 900_000) * 900_000),
        manageTokenHash: hashToken(token),
      }),
    );
    expect(await reply(await post(cancel, token))).toEqual({ status: 409, body: { error: "inside_cutoff" } });
    const status = await withPg(
      async (c) => (await c.query("SELECT status FROM bookings WHERE id = $1", [booking.id])).rows[0].status,
    );
    expect(status).toBe("booked");
  });

  it("answers 429 with Retry-After once one address passes the bookings-an-hour limit", async () => {
    // The suite runs with the limits off (test/setup.ts); this test turns them on for itself.
    process.env.STRIDE_RATE_LIMITS = "on";
    try {
      const from = address();
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await post(cancel, newToken(), undefined, from)).status);
      expect(statuses).toEqual([...Array(10).fill(404), 429]);
      expect(Number((await post(cancel, newToken(), undefined, from)).headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      process.env.STRIDE_RATE_LIMITS = "off";
    }
  });
});

describe("POST /api/bookings/{manageToken}/reschedule", () => {
  it("moves the booking and answers with it as POST /api/bookings does", async () => {
    const booked = await bookAt(londonTime(mondayWeeksAhead(9), "10:00"), "api2");
    const to = londonTime(mondayWeeksAhead(9), "11:00");
    const moved = await reply(await post(reschedule, booked.token, { start: to }));
    expect(moved).toEqual({
      status: 200,
      body: { ...booked, token: undefined, start: to, end: new Date(Date.parse(to) + 30 * 60_000).toISOString() },
    });
  });

  it("409 slot_unavailable for a time that is not free; 422 naming the field for bad input", async () => {
    const { token } = await bookAt(londonTime(mondayWeeksAhead(9), "12:00"), "api3");
    const late = londonTime(mondayWeeksAhead(9), "19:00"); // after Maya's hours
    expect(await reply(await post(reschedule, token, { start: late }))).toEqual({
      status: 409,
      body: { error: "slot_unavailable" },
    });
    const bad = await reply(await post(reschedule, token, { start: "2027-02-30T10:00:00Z" }));
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.fields)).toEqual(["start"]);
    expect(
      (await reply(await post(reschedule, token, { start: late, therapistId: "any" }))).body.fields,
    ).toHaveProperty("therapistId");
    expect((await reply(await post(reschedule, token, "{nope"))).body).toEqual({
      error: "invalid",
      fields: { body: "Send a JSON object" },
    });
  });
});

describe("POST /api/intakes/{intakeToken}", () => {
  async function intakeLink(hhmm: string) {
    const token = newToken();
    await withPg((c) =>
      insertTestBooking(c, {
        therapist: "priya-shah",
        patient: { name: "Api Patient", email: `api.intake.${hhmm.replace(":", "")}@example.com` },
        startsAt: new Date(londonTime(mondayWeeksAhead(44), hhmm)),
        intakeTokenHash: hashToken(token),
      }),
    );
    return token;
  }

  it("201 with what the patient would see, never a condition; 409 once submitted", async () => {
    const token = await intakeLink("07:00");
    const emergency = answers({ region: "lower_back", saddle_numbness: true, numb_tingling_leg: true });
    const sent = await reply(await post(submitIntake, token, { answers: emergency }));
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({
      outcome: "emergency",
      message: expect.stringMatching(/^Call 999 or go to A&E now\. /),
    });
    expect(await reply(await post(submitIntake, token, { answers: emergency }))).toEqual({
      status: 409,
      body: { error: "already_submitted" },
    });

    const routine = await reply(
      await post(submitIntake, await intakeLink("08:00"), { answers: answers({ region: "knee" }) }),
    );
    expect(routine).toEqual({
      status: 201,
      body: { outcome: "booked", message: expect.stringMatching(/^Thank you: your answers are with the clinic\./) },
    });
    expect(JSON.stringify(routine.body)).not.toMatch(/patellofemoral|runner|tendin/i);
  });

  it("422 with a message per question id, and nothing stored; 404 for an unknown link", async () => {
    const token = await intakeLink("09:00");
    const wrong = { ...answers({ region: "knee" }), pain_now: 14, region: "elbow" };
    const refused = await reply(await post(submitIntake, token, { answers: wrong }));
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.fields)).toEqual(expect.arrayContaining(["answers.region"]));
    expect((await reply(await post(submitIntake, token, { answers: {}, extra: 1 }))).status).toBe(422);
    expect(await reply(await post(submitIntake, newToken(), { answers: {} }))).toEqual({
      status: 404,
      body: { error: "not_found" },
    });
    const sentAfter = await reply(await post(submitIntake, token, { answers: answers({ region: "knee" }) }));
    expect(sentAfter.status).toBe(201);
  });
});
