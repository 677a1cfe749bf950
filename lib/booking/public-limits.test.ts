import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { GET } from "@/app/api/slots/route";
import { POST } from "@/app/api/bookings/route";
import { fromAddress } from "@/test/peer";
import { withPg } from "@/test/pg";
import { addDays } from "@/lib/calendar/dates";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";

import { cancelByToken, rescheduleByToken } from "./manage";

// The rest of the suite runs with STRIDE_RATE_LIMITS=off (test/setup.ts): here they are on, as in production.
beforeEach(() => vi.stubEnv("STRIDE_RATE_LIMITS", "on"));
afterEach(() => vi.unstubAllEnvs());

// Follow-ups are 30 minutes with 5 after, so the times here are an hour apart.
const day = mondayWeeksAhead(8);
const [tuesday, wednesday, friday] = [addDays(day, 1), addDays(day, 2), addDays(day, 4)];
// Names are letters only (digits are refused), so a number becomes letters.
const who = (n: string) => ({
  name: `Lim ${n.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`,
  email: `lim.${n}@example.com`,
  phone: "07700 900777",
});

const book = (body: object, address: string) =>
  POST(
    new Request("http://localhost/api/bookings", {
      method: "POST",
      headers: { "content-type": "application/json", ...fromAddress(address) },
      body: JSON.stringify(body),
    }),
  );

describe("public limits", () => {
  it("answers the 11th booking in an hour from one address 429 with Retry-After", async () => {
    const ids = await therapistIds();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const start = londonTime(i < 8 ? wednesday : friday, `${String(8 + (i % 8)).padStart(2, "0")}:00`);
      const reply = await book(
        { type: "follow-up", therapistId: ids["maya-okafor"], start, patient: who(`ip${i}`) },
        "203.0.113.7",
      );
      statuses.push(reply.status);
      if (i === 10) {
        expect(await reply.json()).toEqual({ error: "rate_limited" });
        expect(Number(reply.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    // Another address is not held up by this one.
    const other = await book(
      {
        type: "follow-up",
        therapistId: ids["maya-okafor"],
        start: londonTime(friday, "13:00"),
        patient: who("ip-other"),
      },
      "203.0.113.8",
    );
    expect(other.status).toBe(201);
  });

  it("books at most 3 future appointments for one e-mail address, even when they race", async () => {
    const ids = await therapistIds();
    const times = ["14:00", "15:00", "16:00", "17:00", "18:00", "19:00"];
    const replies = await Promise.all(
      times.map((t, i) =>
        book(
          {
            type: "follow-up",
            therapistId: ids["tom-reilly"],
            start: londonTime(day, t),
            // The same address in any case is the same person.
            patient: { ...who("same"), email: i % 2 ? "Lim.Same@Example.com" : "lim.same@example.com" },
          },
          `198.51.100.${i + 1}`,
        ),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 201, 422, 422, 422]);
    const refused = await replies.find((r) => r.status === 422)!.json();
    expect(refused.fields["patient.email"]).toMatch(/already has 3 appointments booked/);
    const stored = await withPg(
      async (c) =>
        (
          await c.query(
            "SELECT count(*)::int AS n FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE lower(p.email) = 'lim.same@example.com'",
          )
        ).rows[0].n,
    );
    expect(stored).toBe(3);
  });

  it("lets a booking be changed online at most 3 times (reschedules and cancelling together)", async () => {
    const ids = await therapistIds();
    const reply = await book(
      { type: "follow-up", therapistId: ids["tom-reilly"], start: londonTime(tuesday, "13:00"), patient: who("moves") },
      "192.0.2.50",
    );
    const token = new URL((await reply.json()).manageUrl).pathname.split("/").pop()!;
    const outcomes = [];
    for (const t of ["14:00", "15:00", "16:00", "17:00"])
      outcomes.push(await rescheduleByToken(token, londonTime(tuesday, t)));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, error: "too_many_changes" }]);
    expect(await cancelByToken(token)).toEqual({ ok: false, error: "too_many_changes" });
  });

  it("answers slot queries past the clinic's limit 429, and a changed limit applies", async () => {
    await withPg((c) => c.query("UPDATE clinic_settings SET slot_queries_per_minute = 3"));
    const { forgetLimits } = await import("@/lib/limits/data");
    forgetLimits();
    try {
      const query = () =>
        GET(
          new Request(`http://localhost/api/slots?type=follow-up&from=${day}&to=${day}`, {
            headers: fromAddress("192.0.2.99"),
          }),
        );
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await query()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await withPg((c) => c.query("UPDATE clinic_settings SET slot_queries_per_minute = DEFAULT"));
      forgetLimits();
    }
  });

  it("STRIDE_RATE_LIMITS=off lifts the per-address limit (for load tests)", async () => {
    vi.stubEnv("STRIDE_RATE_LIMITS", "off");
    const query = () =>
      GET(
        new Request(`http://localhost/api/slots?type=follow-up&from=${day}&to=${day}`, {
          headers: fromAddress("192.0.2.100"),
        }),
      );
    await withPg((c) => c.query("UPDATE clinic_settings SET slot_queries_per_minute = 1"));
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await query()).status);
      expect(statuses).toEqual([200, 200, 200]);
    } finally {
      await withPg((c) => c.query("UPDATE clinic_settings SET slot_queries_per_minute = DEFAULT"));
    }
  });
});
