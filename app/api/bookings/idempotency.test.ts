import { describe, expect, it } from "vitest";

import { addDays } from "@/lib/calendar/dates";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { withPg } from "@/test/pg";

import { POST } from "./route";

// Issue 16, item 2: an Idempotency-Key answers its first reply only to the same body.

const post = (body: unknown, key: string) =>
  POST(
    new Request("http://localhost/api/bookings", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(body),
    }),
  );

const bookingsOf = (email: string) =>
  withPg(
    async (c) =>
      (
        await c.query(
          "SELECT count(*)::int AS n FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE p.email = $1",
          [email],
        )
      ).rows[0].n as number,
  );

async function requests(suffix: string, at: [string, string]) {
  const ids = await therapistIds();
  // Thursday: other files book Tom on that week's Monday and Tuesday, in parallel with this one.
  const day = addDays(mondayWeeksAhead(8), 3);
  const person = (who: string) => ({
    name: `Idem ${who}`,
    email: `idem-${who}-${suffix}@example.com`,
    phone: "07700 900555",
  });
  const first = {
    type: "follow-up",
    therapistId: ids["tom-reilly"],
    start: londonTime(day, at[0]),
    patient: person("one"),
  };
  const other = { ...first, start: londonTime(day, at[1]), patient: person("two") };
  return { first, other };
}

describe("POST /api/bookings with an Idempotency-Key", () => {
  it("answers the same key and body with the first reply, and another body with 422 and no links", async () => {
    const key = `idem-${crypto.randomUUID()}`;
    const { first, other } = await requests(key.slice(5, 13), ["13:00", "14:00"]);
    const one = await post(first, key);
    expect(one.status).toBe(201);
    const reply = await one.json();
    // Fields in another order are the same body.
    const again = await post(
      { patient: first.patient, start: first.start, therapistId: first.therapistId, type: first.type },
      key,
    );
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(reply);

    const reused = await post(other, key);
    expect(reused.status).toBe(422);
    const text = await reused.text();
    expect(JSON.parse(text)).toEqual({ error: "idempotency_key_reused" });
    expect(text).not.toContain("/appointments/");
    expect(text).not.toContain("/intake/");
    expect(await bookingsOf(other.patient.email)).toBe(0);
    expect(await bookingsOf(first.patient.email)).toBe(1);
  });

  it("lets a key older than 24 hours book a new request", async () => {
    const key = `idem-${crypto.randomUUID()}`;
    const { first, other } = await requests(key.slice(5, 13), ["15:00", "16:00"]);
    expect((await post(first, key)).status).toBe(201);
    await withPg((c) =>
      c.query("UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 minute' WHERE key = $1", [key]),
    );
    const later = await post(other, key);
    expect(later.status).toBe(201);
    expect(await bookingsOf(other.patient.email)).toBe(1);
    // The expired row went on that write; the key now answers for the new booking only.
    const rows = await withPg(
      async (c) => (await c.query("SELECT booking_id FROM idempotency_keys WHERE key = $1", [key])).rows,
    );
    expect(rows).toEqual([{ booking_id: (await later.clone().json()).id }]);
  });
});
