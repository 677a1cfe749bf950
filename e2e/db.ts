import { createHash, randomBytes } from "node:crypto";

import pg from "pg";

import { insertTestBooking } from "../test/booking-factory";

/** A connection to the database the e2e server uses, for arranging data and checking what was stored. */
export async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A booking written straight to the database (any time, no rules), with a manage token the test keeps. */
export async function insertBooking(opts: { therapist: string; type: string; startsAt: Date; patientEmail: string }) {
  const token = randomBytes(32).toString("base64url");
  const hash = (value: string) => createHash("sha256").update(value).digest("hex");
  const { id } = await withDb((c) =>
    insertTestBooking(c, {
      therapist: opts.therapist,
      type: opts.type,
      patient: { name: "Late Larry", email: opts.patientEmail, phone: "07700 900777" },
      startsAt: opts.startsAt,
      manageTokenHash: hash(token),
      intakeTokenHash: hash(`x${token}`),
    }),
  );
  return { id, token };
}
