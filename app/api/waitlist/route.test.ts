import { describe, expect, it } from "vitest";

import { mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { fromAddress } from "@/test/peer";

import { POST } from "./route";

// Each request from an address of its own (IPv6 documentation range, this run's prefix):
// the per-address limits store is shared with other test files.
const prefix = `2001:db8:${crypto.randomUUID().slice(0, 4)}`;
let n = 0;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost/api/waitlist", {
      method: "POST",
      headers: { "content-type": "application/json", ...fromAddress(`${prefix}::${++n}`), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const reply = async (response: Response) => ({ status: response.status, body: await response.json() });

const day = mondayWeeksAhead(6);
const request = async (who: string) => ({
  type: "follow-up",
  therapistId: (await therapistIds())["maya-okafor"],
  from: day,
  to: day,
  patient: { ...patient(who), name: "Wanda Waitlist" },
});

describe("POST /api/waitlist", () => {
  it("joins (201 with the id and the leave link) and e-mails the same link", async () => {
    const response = await post(await request("apiwl1"));
    const { status, body } = await reply(response);
    expect(status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({ id: expect.any(String), leaveUrl: expect.stringMatching(/\/waitlist\/leave\/[\w-]{43}$/) });
    const [mail] = await queuedMailTo([patient("apiwl1").email]);
    expect(mail!.message.text).toContain(body.leaveUrl);
  });

  it("joins for any therapist", async () => {
    expect((await post({ ...(await request("apiwl2")), therapistId: "any" })).status).toBe(201);
  });

  it("answers 422 with a message per field for a range over 31 days, an unknown type and a bad e-mail", async () => {
    const base = await request("apiwl3");
    expect(await reply(await post({ ...base, to: "2199-01-01" }))).toEqual({
      status: 422,
      body: { error: "invalid", fields: { to: "Choose at most 31 days" } },
    });
    expect(await reply(await post({ ...base, type: "no-such-type" }))).toEqual({
      status: 422,
      body: { error: "invalid", fields: { type: "No appointment type has that name" } },
    });
    const bad = await reply(await post({ ...base, patient: { ...base.patient, email: "not-an-address" } }));
    expect(bad.body.fields).toEqual({ "patient.email": "Enter an e-mail address, like name@example.com" });
    const extra = await reply(await post({ ...base, admin: true }));
    expect(extra.body.fields.admin).toMatch(/^Not a field of a waitlist request: use only type, therapistId/);
    expect((await post("[1,2]")).status).toBe(422);
  });

  it("refuses a body over 16 KB with 413, before parsing it", async () => {
    const big = JSON.stringify({ ...(await request("apiwl4")), extra: "x".repeat(1024 * 1024) });
    const response = await post(big, { "content-length": String(Buffer.byteLength(big)) });
    expect(await reply(response)).toEqual({ status: 413, body: { error: "too_large", message: "Send at most 16 KB" } });
  });
});
