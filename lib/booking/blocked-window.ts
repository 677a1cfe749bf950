/** An appointment type's length and the buffers around it, in minutes. */
export interface BookingLength {
  minutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface BookingTimes {
  startsAt: Date;
  endsAt: Date;
  /** The appointment widened by its type's buffers: what bookings_no_overlap keeps apart. */
  blockedFrom: Date;
  blockedUntil: Date;
}

const MINUTE_MS = 60_000;

/**
 * The time a booking keeps its therapist from every other booking: the
 * appointment widened by its type's set-up (before) and clean-up (after)
 * buffers. The database's EXCLUDE constraint compares these columns, so every
 * writer of `bookings.blocked_from`/`blocked_until` (booking, rescheduling, the
 * seed, the test-data factory) computes them here.
 */
export function blockedWindow(
  startsAt: Date,
  endsAt: Date,
  buffers: Pick<BookingLength, "bufferBeforeMinutes" | "bufferAfterMinutes">,
): Pick<BookingTimes, "blockedFrom" | "blockedUntil"> {
  return {
    blockedFrom: new Date(startsAt.getTime() - buffers.bufferBeforeMinutes * MINUTE_MS),
    blockedUntil: new Date(endsAt.getTime() + buffers.bufferAfterMinutes * MINUTE_MS),
  };
}

/** A booking of `type` starting at `startsAt`: its end (the type's length) and its blocked window. */
export function bookingTimes(startsAt: Date, type: BookingLength): BookingTimes {
  const endsAt = new Date(startsAt.getTime() + type.minutes * MINUTE_MS);
  return { startsAt, endsAt, ...blockedWindow(startsAt, endsAt, type) };
}

/**
 * The same rule as SQL expressions, for set-based inserts of thousands of rows
 * (the benchmarks' data, through test/booking-factory.ts): `startsAt`/`endsAt`
 * are timestamptz expressions and `type` an alias of an `appointment_types` row.
 * test/booking-factory.test.ts checks that both forms give the same rows.
 */
export function blockedWindowSql(
  startsAt: string,
  endsAt: string,
  type: string,
): { blockedFrom: string; blockedUntil: string } {
  return {
    blockedFrom: `${startsAt} - ${type}.buffer_before_minutes * interval '1 minute'`,
    blockedUntil: `${endsAt} + ${type}.buffer_after_minutes * interval '1 minute'`,
  };
}
