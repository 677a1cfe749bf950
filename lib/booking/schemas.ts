import { z } from "zod";

import { isCalendarDate } from "@/lib/calendar/dates";
import { REGIONS } from "@/lib/intake/regions";

// One set of schemas for the public API, the server actions and the booking
// forms. Messages say what to fix, in the patient's words.

const isoDate = z.string().refine(isCalendarDate, "Use a date like 2027-03-28");
const therapistChoice = z.union([z.literal("any"), z.uuid("Choose a therapist, or “any”")]);

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
  name: z
    .string()
    .trim()
    .min(2, "Enter your full name")
    .max(100, "Keep your name to 100 characters"),
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
  area: z.string().trim().max(40).regex(/^[a-z_]+$/).optional(),
});

export type BookingRequest = z.infer<typeof bookingRequestSchema>;

/** The details form: the patient's part of a booking request (the time comes from the page). */
export const bookingDetailsSchema = bookingRequestSchema
  .pick({ notes: true })
  .extend(patientSchema.shape);

export type BookingDetails = z.infer<typeof bookingDetailsSchema>;

export const rescheduleSchema = bookingRequestSchema.pick({ start: true });

/** Field errors keyed by dotted path, the shape every form and API reply uses. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "body";
    fields[key] ??= issue.message;
  }
  return fields;
}
