import "server-only";

import { db } from "@/lib/db";
import { mailInsertStatement, type SqlExecutor } from "@/lib/mail/queue";
import type { MailMessage } from "@/lib/mail/message";

import {
  isDeadlock,
  isExclusionViolation,
  isScheduleChanged,
  isUniqueViolation,
  ScheduleChangedError,
  SlotUnavailableError,
} from "../errors";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// pg-boss hands its job data over as an object for a jsonb parameter.
const sqlValue = (v: unknown) =>
  v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v;

/** pg-boss writes its job through the booking's own transaction. */
export function executorFor(tx: Tx): SqlExecutor {
  return {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(sqlValue)) }),
  };
}

export class IdempotencyKeyTaken extends Error {}

/** The e-mail address already has as many future bookings as the clinic allows. */
export class EmailLimitReached extends Error {}

export interface NewBooking {
  id: string;
  patient: { name: string; email: string; phone: string };
  therapistId: string;
  appointmentTypeId: string;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
  manageTokenHash: string;
  intakeTokenHash: string;
  /** The client's Idempotency-Key, the HMAC of the body it came with, and the sealed reply. */
  idempotency?: { key: string; fingerprint: string; reply: string };
  /** The "link my visits" token's hash and expiry, when earlier records match. */
  linkToken?: { hash: string; expiresAt: Date };
  notes?: string;
  region?: string;
  area?: string;
  mail: MailMessage;
  /** At most this many future bookings for the patient's e-mail address (any case); none when unset. */
  maxFutureForEmail?: number;
  /** The data version the schedule was read at (SlotInputs.dataVersion); unset: no check. */
  dataVersion?: string;
  /** The manage token, sealed (lib/booking/tokens.ts), for the links in reminders; without it, no reminders. */
  manageTokenSealed?: string;
  /** When it was booked (now unless given): reminders due before this are skipped (lib/messages). */
  bookedAt?: Date;
}

/**
 * A new patient record holding the details typed for this booking (never an
 * earlier patient's record: see patient-links.ts for how records are joined), the
 * booking, its Idempotency-Key and its confirmation e-mail, in one statement: all
 * or nothing. The EXCLUDE constraint decides races: the loser gets SlotUnavailableError.
 * A schedule that changed since `dataVersion` was read: ScheduleChangedError, nothing written.
 */
export async function insertBookingWithPatient(b: NewBooking): Promise<{ id: string }> {
  // A deadlock victim tries once more: by then the other request has committed
  // or rolled back, so the constraint gives a plain answer.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertOnce(b);
    } catch (error) {
      if (isDeadlock(error)) {
        if (attempt < 2) continue;
        throw new SlotUnavailableError();
      }
      if (isExclusionViolation(error)) throw new SlotUnavailableError();
      if (isScheduleChanged(error)) throw new ScheduleChangedError();
      if (b.idempotency && isUniqueViolation(error)) throw new IdempotencyKeyTaken();
      throw error;
    }
  }
}

// The booking's own columns; its parameters come first, the queued mail's after them.
const INSERT_BOOKING = `
  WITH current AS (
    SELECT CASE WHEN $21::bigint IS NULL THEN true ELSE stride_check_data_version($21::bigint) END AS ok
  ), patient AS (
    INSERT INTO patients (name, email, phone) SELECT $1, $2, $3 FROM current
    RETURNING id
  ), booking AS (
    INSERT INTO bookings (id, therapist_id, appointment_type_id, patient_id, starts_at, ends_at, blocked_from, blocked_until,
                          manage_token_hash, intake_token_hash, notes, region, area, manage_token_sealed, messages_from)
    SELECT $4::uuid, $5::uuid, $6::uuid, patient.id, $7::timestamptz, $8::timestamptz, $9::timestamptz, $10::timestamptz,
           $11, $12, $13, $14, $15, $22, coalesce($23::timestamptz, now())
    FROM patient
    RETURNING id
  ), idempotency AS (
    INSERT INTO idempotency_keys (key, fingerprint, booking_id, reply)
    SELECT $16, $17, booking.id, $18 FROM booking WHERE $16::text IS NOT NULL
  ), link_token AS (
    INSERT INTO patient_link_tokens (token_hash, patient_id, expires_at)
    SELECT $19, patient.id, $20::timestamptz FROM patient WHERE $19::text IS NOT NULL
  )`;
const BOOKING_PARAMS = 23;

/**
 * A statement's numbered parameters moved up by `by` ($1 → $(1 + by)), so it
 * can follow another statement's own. Sound only while the statement has no `$`
 * inside a string literal: the pg-boss contract test (lib/mail/queue.test.ts)
 * checks that of pg-boss's INSERT.
 */
export function shiftParameters(sql: string, by: number): string {
  return sql.replace(/\$(\d+)\b/g, (_, n: string) => `$${Number(n) + by}`);
}

/**
 * Patient, booking and confirmation mail in ONE statement: a statement is its
 * own transaction, so all three commit or none does, in a single round trip
 * (BEGIN, two inserts and COMMIT took four, with the row locks held throughout).
 * The mail's part is pg-boss's own INSERT, captured (lib/mail/queue.ts) and
 * renumbered: this relies on the pinned pg-boss (10.4.2 in package.json) queuing
 * a job with one INSERT. The contract test in lib/mail/queue.test.ts fails if an
 * upgrade changes that.
 */
async function insertOnce(b: NewBooking): Promise<{ id: string }> {
  return b.maxFutureForEmail === undefined ? insertStatement(db, b) : insertWithinEmailLimit(b, b.maxFutureForEmail);
}

// Namespace of the per-address advisory locks (the first key of the two-key form).
const EMAIL_LOCK_SPACE = 16_003;

/**
 * The count and the insert under a transaction-scoped advisory lock on the
 * lower-cased address: bookings for one address queue behind each other, so
 * parallel requests cannot all see "2 so far" and each add one. The count is a
 * statement of its own after the lock, so its snapshot includes what the
 * previous holder committed.
 */
async function insertWithinEmailLimit(b: NewBooking, max: number): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EMAIL_LOCK_SPACE}::int, hashtext(lower(${b.patient.email})))`;
    const [row] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM bookings b JOIN patients p ON p.id = b.patient_id
      WHERE lower(p.email) = lower(${b.patient.email}) AND b.status = 'booked' AND b.starts_at > now()`;
    if ((row?.n ?? 0) >= max) throw new EmailLimitReached();
    return insertStatement(tx, b);
  });
}

async function insertStatement(client: Pick<Tx, "$queryRawUnsafe">, b: NewBooking): Promise<{ id: string }> {
  const mail = await mailInsertStatement(b.mail);
  // pg-boss numbers its parameters from $1: shift them past the booking's.
  const mailSql = shiftParameters(mail.text, BOOKING_PARAMS);
  const values = [
    b.patient.name,
    b.patient.email,
    b.patient.phone,
    b.id,
    b.therapistId,
    b.appointmentTypeId,
    b.startsAt,
    b.endsAt,
    b.blockedFrom,
    b.blockedUntil,
    b.manageTokenHash,
    b.intakeTokenHash,
    b.notes || null,
    b.region ?? null,
    b.area ?? null,
    b.idempotency?.key ?? null,
    b.idempotency?.fingerprint ?? null,
    b.idempotency?.reply ?? null,
    b.linkToken?.hash ?? null,
    b.linkToken?.expiresAt ?? null,
    b.dataVersion ?? null,
    b.manageTokenSealed ?? null,
    b.bookedAt ?? null,
    ...mail.values.map(sqlValue),
  ];
  const [row] = await client.$queryRawUnsafe<{ id: string }[]>(
    `${INSERT_BOOKING}, mail AS (${mailSql}) SELECT booking.id::text AS id FROM booking`,
    ...values,
  );
  if (!row) throw new Error("The booking insert returned no row");
  return { id: row.id };
}

/**
 * The fingerprint and sealed first reply of an Idempotency-Key used in the last
 * 24 hours. The same statement deletes keys older than that (cleanup on write),
 * so an expired key may book anew.
 */
export async function findIdempotencyKey(key: string): Promise<{ fingerprint: string; reply: string } | null> {
  const [row] = await db.$queryRaw<{ fingerprint: string; reply: string }[]>`
    WITH expired AS (DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours')
    SELECT fingerprint, reply FROM idempotency_keys WHERE key = ${key} AND created_at >= now() - interval '24 hours'`;
  return row ?? null;
}

/** Whether earlier patient records carry this e-mail and name (any case): then the e-mail offers to link them. */
export async function hasMatchingPatient(email: string, name: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM patients WHERE lower(email) = lower(${email}) AND lower(name) = lower(${name})) AS found`;
  return row?.found ?? false;
}
