import { describe, expect, it } from "vitest";

import { GET } from "../slots/route";
import { POST } from "./route";

// Every 422 names the field and says what to fix: never zod's generic
// "Invalid input" (or any "Invalid …" message), whatever is wrong with it.

const patient = { name: "Sam Carter", email: "sam@example.com", phone: "07700 900123" };
const good = { type: "follow-up", therapistId: "any", start: "2027-03-22T08:00:00.000Z", patient };

const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/bookings", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const BAD_BODIES: [string, unknown, string][] = [
  ["malformed JSON", "{nope", "body"],
  ["an array", [good], "body"],
  ["a number", 42, "body"],
  ["an empty object", {}, "type"],
  ["no type", { ...good, type: undefined }, "type"],
  ["type of the wrong type", { ...good, type: 3 }, "type"],
  ["an empty type", { ...good, type: " " }, "type"],
  ["no therapistId", { ...good, therapistId: undefined }, "therapistId"],
  ["a therapistId that is no id", { ...good, therapistId: "maya" }, "therapistId"],
  ["a therapistId of the wrong type", { ...good, therapistId: 7 }, "therapistId"],
  ["no start", { ...good, start: undefined }, "start"],
  ["a start with no time", { ...good, start: "2027-03-22" }, "start"],
  ["a start of the wrong type", { ...good, start: 1_800_000_000_000 }, "start"],
  ["a start on a day that does not exist", { ...good, start: "2027-02-30T10:00:00Z" }, "start"],
  ["a start in year 0", { ...good, start: "0000-01-01T10:00:00Z" }, "start"],
  ["a start in year 9999", { ...good, start: "9999-12-31T10:00:00Z" }, "start"],
  ["no patient", { ...good, patient: undefined }, "patient"],
  ["a patient as text", { ...good, patient: "Sam Carter" }, "patient"],
  ["no patient name", { ...good, patient: { ...patient, name: undefined } }, "patient.name"],
  ["a one-letter name", { ...good, patient: { ...patient, name: "S" } }, "patient.name"],
  ["a name of the wrong type", { ...good, patient: { ...patient, name: ["Sam"] } }, "patient.name"],
  ["a name too long", { ...good, patient: { ...patient, name: "S".repeat(101) } }, "patient.name"],
  ["no e-mail", { ...good, patient: { ...patient, email: undefined } }, "patient.email"],
  ["a bad e-mail", { ...good, patient: { ...patient, email: "sam" } }, "patient.email"],
  ["an e-mail of the wrong type", { ...good, patient: { ...patient, email: false } }, "patient.email"],
  ["no phone", { ...good, patient: { ...patient, phone: undefined } }, "patient.phone"],
  ["a bad phone", { ...good, patient: { ...patient, phone: "call me" } }, "patient.phone"],
  ["a phone as a number", { ...good, patient: { ...patient, phone: 7700900123 } }, "patient.phone"],
  ["an unknown patient field", { ...good, patient: { ...patient, age: 30 } }, "patient.age"],
  ["notes of the wrong type", { ...good, notes: { text: "hi" } }, "notes"],
  ["notes too long", { ...good, notes: "x".repeat(1001) }, "notes"],
  ["an unknown region", { ...good, region: "elbow" }, "region"],
  ["a region of the wrong type", { ...good, region: 1 }, "region"],
  ["a malformed area", { ...good, area: "Front Left" }, "area"],
  ["an area of the wrong type", { ...good, area: ["front"] }, "area"],
  ["an unknown field", { ...good, therapist: "any" }, "therapist"],
  ["an unknown type", { ...good, type: "yoga" }, "type"],
  ["an unknown therapist", { ...good, therapistId: "00000000-0000-4000-8000-000000000000" }, "therapistId"],
];

const BAD_QUERIES: [string, string, string][] = [
  ["no type", "from=2027-03-22&to=2027-03-28", "type"],
  ["an empty type", "type=&from=2027-03-22&to=2027-03-28", "type"],
  ["an unknown type", "type=yoga&from=2027-03-22&to=2027-03-28", "type"],
  ["a therapist that is no id", "type=follow-up&therapist=maya&from=2027-03-22&to=2027-03-28", "therapist"],
  [
    "an unknown therapist",
    "type=follow-up&therapist=00000000-0000-4000-8000-000000000000&from=2027-03-22&to=2027-03-28",
    "therapist",
  ],
  ["no from", "type=follow-up&to=2027-03-28", "from"],
  ["no to", "type=follow-up&from=2027-03-22", "to"],
  ["a date not on the calendar", "type=follow-up&from=2027-02-30&to=2027-03-02", "from"],
  ["only a from, not on the calendar", "type=follow-up&from=2027-02-30", "from"],
  ["dates in year 0", "type=follow-up&from=0000-01-01&to=0000-01-02", "from"],
  ["dates in year 9999", "type=follow-up&from=9999-12-31&to=9999-12-31", "to"],
  ["a date in another format", "type=follow-up&from=22/03/2027&to=2027-03-28", "from"],
  ["to before from", "type=follow-up&from=2027-03-28&to=2027-03-22", "to"],
  ["over 31 days", "type=follow-up&from=2027-03-01&to=2027-04-15", "to"],
  ["a misspelt parameter", "type=follow-up&therapistId=any&from=2027-03-22&to=2027-03-28", "therapistId"],
];

function expectHelpful(name: string, fields: Record<string, string>, field: string) {
  expect(Object.keys(fields), name).toContain(field);
  for (const [key, message] of Object.entries(fields)) {
    expect(message, `${name}: ${key}`).not.toMatch(/^invalid/i);
    expect(message.length, `${name}: ${key}`).toBeGreaterThan(10);
  }
}

describe("POST /api/bookings answers every bad body with a message that says what to fix", () => {
  it.each(BAD_BODIES)("%s", async (name, body, field) => {
    const response = await post(body);
    expect(response.status, name).toBe(422);
    const reply = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(reply.error).toBe("invalid");
    expectHelpful(name, reply.fields, field);
  });

  it("names the field a misspelt patient detail is under", async () => {
    const response = await post({ ...good, patient: { ...patient, mail: "sam@example.com" } });
    const { fields } = (await response.json()) as { fields: Record<string, string> };
    expect(fields["patient.mail"]).toBe("Not a field of the patient: use only name, email and phone");
  });

  it("refuses a malformed Idempotency-Key the same way", async () => {
    const response = await post({ ...good, type: "follow-up" }, { "Idempotency-Key": "short" });
    expect(response.status).toBe(422);
    expectHelpful("key", ((await response.json()) as { fields: Record<string, string> }).fields, "Idempotency-Key");
  });
});

describe("GET /api/slots answers every bad query with a message that says what to fix", () => {
  it.each(BAD_QUERIES)("%s", async (name, query, field) => {
    const response = await GET(new Request(`http://localhost/api/slots?${query}`));
    expect(response.status, name).toBe(422);
    expectHelpful(name, ((await response.json()) as { fields: Record<string, string> }).fields, field);
  });
});

describe("POST /api/bookings refuses a body over 16 KB before parsing it", () => {
  const big = JSON.stringify({ ...good, notes: "x".repeat(30 * 1024 * 1024) });

  it("by its Content-Length", async () => {
    const response = await post(big, { "content-length": String(Buffer.byteLength(big)) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "too_large", message: "Send at most 16 KB" });
  });

  it("by counting a body sent in chunks, without reading it all", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode("x".repeat(1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 30 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await POST(
      new Request("http://localhost/api/bookings", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(sent, "bytes pulled from the client").toBeLessThan(64 * 1024);
  });
});
