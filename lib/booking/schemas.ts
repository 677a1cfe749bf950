import { z } from "zod";

import { isCalendarDate } from "@/lib/calendar/dates";
import { REGIONS } from "@/lib/intake/regions";
import { uuidSchema } from "@/lib/uuid";

// One set of schemas for the public API, the server actions and the booking
// forms. Messages say what to fix, in the patient's words.

const isoDate = z.string().refine(isCalendarDate, "Use a date like 2027-03-28");
const therapistChoice = z.union([z.literal("any"), uuidSchema("Choose a therapist, or “any”")]);

export const slotQuerySchema = z
  .object({
    type: z.string().trim().min(1, "Choose an appointment type"),
    therapist: therapistChoice.default("any"),
    from: isoDate,
    to: isoDate,
  })
  .refine((q) => q.to >= q.from, { path: ["to"], message: "The end date must be on or after the start date" })
  .refine((q) => daysBetween(q.from, q.to) <= 30, { path: ["to"], message: "Ask for at most 31 days at a time" });

export type SlotQuery = z.infer<typeof slotQuerySchema>;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

export const patientSchema = z.object({
  name: z.string().trim().min(2, "Enter your full name").max(100, "Keep your name to 100 characters"),
  email: z.email("Enter an e-mail address, like name@example.com").trim().max(254, "That e-mail address is too long"),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s()-]{9,20}$/, "Enter a phone number we can call, like 07700 900123"),
});

export const bookingRequestSchema = z.object({
  type: z.string().trim().min(1, "Choose an appointment type"),
  therapistId: therapistChoice,
  start: z.iso.datetime({ offset: true, message: "Choose a time from the list" }),
  patient: patientSchema,
  notes: z.string().trim().max(1000, "Keep your notes to 1,000 characters").optional(),
  region: z.enum(REGIONS).optional(),
  area: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z_]+$/)
    .optional(),
});

export type BookingRequest = z.infer<typeof bookingRequestSchema>;

/** The details form: the patient's part of a booking request (the time comes from the page), under the same names. */
export const bookingDetailsSchema = bookingRequestSchema.pick({ patient: true, notes: true });

export type BookingDetails = z.infer<typeof bookingDetailsSchema>;

/**
 * A client's retry key: the API's Idempotency-Key header, or the key the booking
 * form makes for each attempt. A malformed one is refused, never dropped, so a
 * retry cannot book twice because its key was silently ignored.
 */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .regex(/^[\w-]{8,100}$/, "Use 8 to 100 letters, digits, - or _");

/** The API's request headers a booking reads, named as the client sends them (and so are their field errors). */
export const bookingHeadersSchema = z.object({ "Idempotency-Key": idempotencyKeySchema.optional() });

/** What the booking form sends its action: the API's body plus the attempt's key. */
export const bookingFormSchema = bookingRequestSchema.extend({ idempotencyKey: idempotencyKeySchema });

export const rescheduleSchema = bookingRequestSchema.pick({ start: true });
