import { z } from "zod";

/** The clinic's public limits (README "Limits"), as stored on the clinic_settings row. */
export interface PublicLimits {
  bookingsPerAddressHour: number;
  futureBookingsPerEmail: number;
  changesPerBooking: number;
  slotQueriesPerMinute: number;
  questionnaireSavesPerHour: number;
}

/** The migration's defaults, used when the row cannot be read (a build without a database). */
export const DEFAULT_LIMITS: PublicLimits = {
  bookingsPerAddressHour: 10,
  futureBookingsPerEmail: 3,
  changesPerBooking: 3,
  slotQueriesPerMinute: 120,
  questionnaireSavesPerHour: 600,
};

/**
 * STRIDE_RATE_LIMITS=off lifts every public limit (load tests, `npm run bench:*`).
 * Read on each call, so a test can switch it.
 */
export function limitsEnabled(): boolean {
  return process.env.STRIDE_RATE_LIMITS?.trim().toLowerCase() !== "off";
}

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number(`Enter ${label} as a whole number`)
    .int(`Enter ${label} as a whole number`)
    .min(min, `Enter at least ${min} for ${label}`)
    .max(max, `Enter at most ${max.toLocaleString("en-GB")} for ${label}`);

/** The admin form's schema (and its server action's); the ranges match the database's CHECKs. */
export const limitsSchema = z.object({
  bookingsPerAddressHour: whole("bookings an hour", 1, 10_000),
  futureBookingsPerEmail: whole("future bookings", 1, 1000),
  changesPerBooking: whole("changes", 0, 100),
  slotQueriesPerMinute: whole("free-time searches", 1, 100_000),
  questionnaireSavesPerHour: whole("questionnaire saves", 1, 100_000),
});
