import { expect, test } from "@playwright/test";

import { withDb } from "./db";

// Runs once (not per screen size): it fires many requests at the running server.
test.describe.configure({ mode: "serial" });

const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/bookings`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
const person = (i: number) => ({
  name: `Racer ${[...String(i)].map((d) => "abcdefghij"[Number(d)]).join("")}`,
  email: `racer${i}@example.com`,
  phone: "07700 900321",
});

async function therapistId(slug: string): Promise<string> {
  const therapists = (await (await fetch(`${base}/api/therapists`)).json()) as { id: string; slug: string }[];
  return therapists.find((t) => t.slug === slug)!.id;
}

async function freeSlots(type: string, therapist: string, from: string, to: string) {
  const response = await fetch(`${base}/api/slots?type=${type}&therapist=${therapist}&from=${from}&to=${to}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { slots: { start: string; end: string; therapistId: string }[] }).slots;
}

const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test("50 concurrent bookings of one time: exactly one wins, 49 get 409, none a 5xx, and the database holds one", async () => {
  const maya = await therapistId("maya-okafor");
  const [slot] = await freeSlots("follow-up", maya, daysAhead(20), daysAhead(26));
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      post({ type: "follow-up", therapistId: maya, start: slot!.start, patient: person(i) }),
    ),
  );
  const counts = responses.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );
  console.log(`50 concurrent POSTs for ${slot!.start}: ${JSON.stringify(counts)}`);
  expect(counts).toEqual({ 201: 1, 409: 49 });
  const stored = await withDb(
    async (c) =>
      (
        await c.query(
          "SELECT count(*)::int AS n FROM bookings WHERE therapist_id = $1 AND starts_at = $2 AND status <> 'cancelled'",
          [maya, slot!.start],
        )
      ).rows[0].n,
  );
  expect(stored).toBe(1);
});

test("overlapping requests of different lengths for one therapist never double-book, buffers included", async () => {
  const tom = await therapistId("tom-reilly");
  const day = daysAhead(27);
  const slots = await freeSlots("follow-up", tom, day, daysAhead(33));
  const anchor = Date.parse(slots[0]!.start);
  const types = ["follow-up", "sports-massage", "initial-assessment", "running-gait-analysis"];
  // 40 requests: four lengths, starting every 15 minutes across two hours, all at once.
  const requests = Array.from({ length: 40 }, (_, i) => ({
    type: types[i % 4]!,
    therapistId: tom,
    start: new Date(anchor + (i % 8) * 15 * 60_000).toISOString(),
    patient: person(100 + i),
  }));
  const responses = await Promise.all(requests.map((r) => post(r)));
  const statuses = responses.map((r) => r.status);
  console.log(
    `40 overlapping POSTs: ${statuses.filter((s) => s === 201).length} booked, ${statuses.filter((s) => s === 409).length} refused`,
  );
  expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
  expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
  const overlaps = await withDb(
    async (c) =>
      (
        await c.query(
          `SELECT count(*)::int AS n FROM bookings a JOIN bookings b ON a.id < b.id AND a.therapist_id = b.therapist_id
         WHERE a.status <> 'cancelled' AND b.status <> 'cancelled'
           AND tstzrange(a.blocked_from, a.blocked_until, '[)') && tstzrange(b.blocked_from, b.blocked_until, '[)')`,
        )
      ).rows[0].n,
  );
  expect(overlaps).toBe(0);
});

test("the API answers bad input with 422 and named fields, never a 500", async () => {
  const cases: [string, Promise<Response>, string][] = [
    ["malformed JSON", fetch(`${base}/api/bookings`, { method: "POST", body: "{nope" }), "body"],
    [
      "bad e-mail",
      post({
        type: "follow-up",
        therapistId: "any",
        start: new Date().toISOString(),
        patient: { ...person(1), email: "nope" },
      }),
      "patient.email",
    ],
    ["no start", post({ type: "follow-up", therapistId: "any", patient: person(1) }), "start"],
    [
      "unknown type",
      post({ type: "yoga", therapistId: "any", start: `${daysAhead(20)}T10:00:00Z`, patient: person(1) }),
      "type",
    ],
    ["slots without a type", fetch(`${base}/api/slots?from=${daysAhead(1)}&to=${daysAhead(2)}`), "type"],
    ["slots: to before from", fetch(`${base}/api/slots?type=follow-up&from=${daysAhead(5)}&to=${daysAhead(2)}`), "to"],
    ["slots: over 31 days", fetch(`${base}/api/slots?type=follow-up&from=${daysAhead(1)}&to=${daysAhead(40)}`), "to"],
    [
      "slots: unknown therapist",
      fetch(
        `${base}/api/slots?type=follow-up&therapist=00000000-0000-4000-8000-000000000000&from=${daysAhead(1)}&to=${daysAhead(2)}`,
      ),
      "therapist",
    ],
  ];
  for (const [name, pending, field] of cases) {
    const response = await pending;
    expect(response.status, name).toBe(422);
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(body.error, name).toBe("invalid");
    expect(Object.keys(body.fields), name).toContain(field);
  }
});

test("slots are sorted UTC instants in the clinic's zone; the same Idempotency-Key returns the first booking", async () => {
  const response = await fetch(
    `${base}/api/slots?type=sports-massage&therapist=any&from=${daysAhead(35)}&to=${daysAhead(41)}`,
  );
  const body = (await response.json()) as {
    timeZone: string;
    slots: { start: string; end: string; therapistId: string }[];
  };
  expect(body.timeZone).toBe("Europe/London");
  expect(body.slots.length).toBeGreaterThan(0);
  expect(
    body.slots.every((s) => s.start.endsWith("Z") && Date.parse(s.end) - Date.parse(s.start) === 45 * 60_000),
  ).toBe(true);
  expect(body.slots.map((s) => s.start)).toEqual([...body.slots.map((s) => s.start)].sort());

  const request = { type: "sports-massage", therapistId: "any", start: body.slots[0]!.start, patient: person(999) };
  const first = await post(request, { "Idempotency-Key": "e2e-idempotency-0001" });
  const again = await post(request, { "Idempotency-Key": "e2e-idempotency-0001" });
  expect([first.status, again.status]).toEqual([201, 201]);
  expect(await again.json()).toEqual(await first.json());
});
