import { randomUUID } from "node:crypto";

import type pg from "pg";

import { blockedWindow, blockedWindowSql, bookingTimes, type BookingTimes } from "../lib/booking/blocked-window";

// Bookings written straight to the table (any time, no booking rules) for tests,
// end-to-end tests and benchmarks, from a plain pg connection. The only other
// INSERT INTO bookings is the real one, lib/booking/data/bookings.ts.

type Queryable = Pick<pg.ClientBase, "query">;

export type BookingStatus = "booked" | "cancelled" | "completed" | "no_show";

export interface TestBooking {
  /** A therapist's id or slug. */
  therapist: string;
  /** An appointment type's id or slug; the follow-up unless given. */
  type?: string;
  /** An existing patient's id, or a new patient made with the booking. */
  patient: string | { name: string; email: string; phone?: string };
  startsAt: Date;
  /** The type's length unless given. */
  endsAt?: Date;
  status?: BookingStatus;
  /** A random hash nobody holds the token of, unless given. */
  manageTokenHash?: string;
  intakeTokenHash?: string;
  region?: string;
}

export interface InsertedBooking extends BookingTimes {
  id: string;
  patientId: string;
  therapistId: string;
  appointmentTypeId: string;
}

const randomHash = () => `test-${randomUUID()}`;

/** Inserts one booking (and its patient when asked), blocked by its type's buffers as a real booking is. */
export async function insertTestBooking(client: Queryable, booking: TestBooking): Promise<InsertedBooking> {
  const found = await client.query<{
    type_id: string;
    minutes: number;
    buffer_before_minutes: number;
    buffer_after_minutes: number;
    therapist_id: string;
  }>(
    `SELECT ty.id AS type_id, ty.minutes, ty.buffer_before_minutes, ty.buffer_after_minutes, th.id AS therapist_id
       FROM appointment_types ty, therapists th
      WHERE $1 IN (ty.id::text, ty.slug) AND $2 IN (th.id::text, th.slug)`,
    [booking.type ?? "follow-up", booking.therapist],
  );
  const row = found.rows[0];
  if (!row) throw new Error(`no appointment type ${booking.type ?? "follow-up"} or therapist ${booking.therapist}`);
  const type = {
    minutes: row.minutes,
    bufferBeforeMinutes: row.buffer_before_minutes,
    bufferAfterMinutes: row.buffer_after_minutes,
  };
  const times = booking.endsAt
    ? { startsAt: booking.startsAt, endsAt: booking.endsAt, ...blockedWindow(booking.startsAt, booking.endsAt, type) }
    : bookingTimes(booking.startsAt, type);
  const patient = booking.patient;
  const { rows } = await client.query<{ id: string; patient_id: string }>(
    `WITH p AS (${
      typeof patient === "string"
        ? "SELECT $11::uuid AS id"
        : "INSERT INTO patients (name, email, phone) VALUES ($11, $12, $13) RETURNING id"
    })
     INSERT INTO bookings (therapist_id, appointment_type_id, patient_id, starts_at, ends_at,
                           blocked_from, blocked_until, status, manage_token_hash, intake_token_hash, region)
     SELECT $1, $2, p.id, $3, $4, $5, $6, $7, $8, $9, $10 FROM p
     RETURNING id, patient_id`,
    [
      row.therapist_id,
      row.type_id,
      times.startsAt,
      times.endsAt,
      times.blockedFrom,
      times.blockedUntil,
      booking.status ?? "booked",
      booking.manageTokenHash ?? randomHash(),
      booking.intakeTokenHash ?? null,
      booking.region ?? null,
      ...(typeof patient === "string" ? [patient] : [patient.name, patient.email, patient.phone ?? "07700 900000"]),
    ],
  );
  const inserted = rows[0]!;
  return {
    id: inserted.id,
    patientId: inserted.patient_id,
    therapistId: row.therapist_id,
    appointmentTypeId: row.type_id,
    ...times,
  };
}

/** Columns a bulk source may give besides therapist_id, appointment_type_id, patient_id and starts_at. */
export type BookingSourceColumn = "id" | "ends_at" | "status" | "manage_token_hash" | "intake_token_hash" | "region";

/**
 * The set-based form, for thousands of rows in one statement (the benchmarks)
 * or a booking inside a larger statement: one `INSERT INTO bookings … SELECT`
 * from `source`, a FROM item (a table, or `(SELECT …)`) whose rows hold
 * therapist_id, appointment_type_id, patient_id and starts_at, plus `columns`.
 * The end (unless given) and blocked window come from each row's type, through
 * the same rule as insertTestBooking (lib/booking/blocked-window.ts).
 */
export function insertBookingsSql(
  source: string,
  options: { columns?: readonly BookingSourceColumn[]; onConflictDoNothing?: boolean; returning?: string } = {},
): string {
  const given = options.columns ?? [];
  const endsAt = given.includes("ends_at") ? "s.ends_at" : "s.starts_at + ty.minutes * interval '1 minute'";
  const window = blockedWindowSql("s.starts_at", endsAt, "ty");
  const columns: [string, string][] = [
    ["therapist_id", "s.therapist_id"],
    ["appointment_type_id", "s.appointment_type_id"],
    ["patient_id", "s.patient_id"],
    ["starts_at", "s.starts_at"],
    ["ends_at", endsAt],
    ["blocked_from", window.blockedFrom],
    ["blocked_until", window.blockedUntil],
    ...given.filter((c) => c !== "ends_at").map((c): [string, string] => [c, `s.${c}`]),
  ];
  if (!given.includes("manage_token_hash")) columns.push(["manage_token_hash", "'test-' || gen_random_uuid()"]);
  return `INSERT INTO bookings (${columns.map(([c]) => c).join(", ")})
    SELECT ${columns.map(([, v]) => v).join(", ")}
      FROM ${source} s, appointment_types ty WHERE ty.id = s.appointment_type_id
    ${options.onConflictDoNothing ? "ON CONFLICT DO NOTHING" : ""}
    ${options.returning ? `RETURNING ${options.returning}` : ""}`;
}
