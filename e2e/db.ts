import { createHash, randomBytes } from "node:crypto";

import pg from "pg";

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
  const id = await withDb(async (c) => {
    const { rows } = await c.query(
      `WITH t AS (SELECT id, minutes FROM appointment_types WHERE slug = $2),
            p AS (INSERT INTO patients (name, email, phone) VALUES ('Late Larry', $4, '07700 900777') RETURNING id)
       INSERT INTO bookings (therapist_id, appointment_type_id, patient_id, starts_at, ends_at, blocked_from, blocked_until, manage_token_hash, intake_token_hash)
       SELECT th.id, t.id, p.id, $3::timestamptz, $3::timestamptz + t.minutes * interval '1 minute',
              $3::timestamptz, $3::timestamptz + t.minutes * interval '1 minute', $5, $6
       FROM therapists th, t, p WHERE th.slug = $1 RETURNING bookings.id`,
      [opts.therapist, opts.type, opts.startsAt.toISOString(), opts.patientEmail, hash(token), hash(`x${token}`)],
    );
    return rows[0].id as string;
  });
  return { id, token };
}
