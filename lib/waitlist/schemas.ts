import { z } from "zod";

import { bookingFormSchema, bookingRequestSchema, slotQuerySchema } from "@/lib/booking/schemas";

// The waitlist asks what a booking asks (type, therapist or "any", the patient)
// and what a free-times query asks (a date range of at most 31 days), with the
// same fields, the same rules and the same messages.
const fields = {
  ...bookingRequestSchema.pick({ type: true, therapistId: true, patient: true }).shape,
  from: slotQuerySchema.shape.from,
  to: slotQuerySchema.shape.to,
};
const FIELDS = "type, therapistId, from, to and patient";

function withRange<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((q) => q.to >= q.from, { path: ["to"], message: "The last date must be on or after the first date" })
    .refine((q) => days(q.from, q.to) <= 30, { path: ["to"], message: "Choose at most 31 days" });
}

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** POST /api/waitlist's body. */
export const waitlistRequestSchema = withRange(
  z.strictObject(fields, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Not a field of a waitlist request: use only ${FIELDS}`
        : `Send a waitlist request as an object with ${FIELDS}`,
  }),
);

export type WaitlistRequest = z.infer<typeof waitlistRequestSchema>;

/** The "Tell me if a time comes free" form: the API's body plus the booking form's bot checks. */
export const waitlistFormSchema = withRange(
  z.strictObject({
    ...fields,
    website: bookingFormSchema.shape.website,
    formStamp: bookingFormSchema.shape.formStamp,
  }),
);

export type WaitlistForm = z.infer<typeof waitlistFormSchema>;
