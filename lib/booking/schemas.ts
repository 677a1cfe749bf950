import { z } from "zod";

import { DATE_RANGE, isCalendarDate, isDateInRange, isInstantInRange } from "@/lib/calendar/dates";
import { REGIONS } from "@/lib/intake/regions";
import { uuidSchema } from "@/lib/uuid";

// One set of schemas for the public API, the server actions and the booking
// forms. Messages say what to fix, in the patient's words, for every way a
// field can fail: missing, of the wrong type, malformed, or not a field at all
// (objects are strict, so a misspelt field is refused rather than ignored).
// Zod's own messages ("Invalid input") never reach a client.

/** A field's `error`: one message when it is missing, another when it is there but of the wrong type. */
function needs(missing: string, wrongType: string = missing) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrongType) };
}

/** A strict object's `error`: unknown keys name the fields it has; anything but an object says what to send. */
function fieldsOf(what: string, fields: readonly string[], missing: string = `Send ${what}`, kind = "field") {
  const list = `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}`;
  return {
    error: (issue: { code?: string; input?: unknown }) =>
      issue.code === "unrecognized_keys"
        ? `Not a ${kind} of ${what}: use only ${list}`
        : issue.input === undefined
          ? missing
          : `Send ${what} as an object with ${list}`,
  };
}

const DATE_EXAMPLE = "Use a date like 2027-03-28";
const DATE_IN_RANGE = `Use a date between ${DATE_RANGE.first} and ${DATE_RANGE.last}`;
// Existence first (2027-02-30 is not a date), then the calendar's range (year 0 or 9999 is no booking's).
const isoDate = (missing: string) =>
  z
    .string(needs(missing, DATE_EXAMPLE))
    .refine(isCalendarDate, { message: DATE_EXAMPLE, abort: true })
    .refine(isDateInRange, DATE_IN_RANGE);
const THERAPIST_CHOICE = "Choose a therapist, or “any”";
const therapistChoice = z.union([z.literal("any", THERAPIST_CHOICE), uuidSchema(THERAPIST_CHOICE)], {
  error: THERAPIST_CHOICE,
});
const appointmentType = z
  .string(needs("Choose an appointment type", "Give the appointment type's name, like follow-up"))
  .trim()
  .min(1, "Choose an appointment type");

export const slotQuerySchema = z
  .strictObject(
    {
      type: appointmentType,
      therapist: therapistChoice.default("any"),
      from: isoDate("Give the first date, like 2027-03-22"),
      to: isoDate("Give the last date, like 2027-03-28"),
    },
    fieldsOf("a free-times query", ["type", "therapist", "from", "to"], "Send a free-times query", "parameter"),
  )
  .refine((q) => q.to >= q.from, { path: ["to"], message: "The end date must be on or after the start date" })
  .refine((q) => daysBetween(q.from, q.to) <= 30, { path: ["to"], message: "Ask for at most 31 days at a time" });

export type SlotQuery = z.infer<typeof slotQuerySchema>;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

const EMAIL = "Enter an e-mail address, like name@example.com";
const NAME_CHARACTERS = "Use only letters, spaces, apostrophes ('), hyphens (-) and full stops (.)";
// Letters and marks of any script; the typographic apostrophe too. Anything else
// (digits, ':' and '/', '<', control and direction characters) is refused.
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;
// A dot straight after a letter and before two more, as in "example.com", is a
// web address, which a mail program would turn into a link in "Hello …";
// initials ("J. R. Smith", "J.R.") are not.
const WEB_ADDRESS = /(^|[\s.'’-])www\.|[\p{L}\p{M}]\.[\p{L}\p{M}]{2,}/u;
const PHONE = "Enter a phone number we can call, like 07700 900123";

export const patientSchema = z.strictObject(
  {
    name: z
      .string(needs("Enter your full name", "Enter your full name as text"))
      .trim()
      .min(2, "Enter your full name")
      .max(100, "Keep your name to 100 characters")
      // The web-address message first: it says more than "use only letters" to someone who typed one.
      .refine((name) => !WEB_ADDRESS.test(name), "Enter your name, not a web address")
      .regex(NAME_PATTERN, NAME_CHARACTERS),
    email: z.email(EMAIL).trim().max(254, "That e-mail address is too long"),
    phone: z
      .string(PHONE)
      .trim()
      .regex(/^\+?[\d\s()-]{9,20}$/, PHONE),
  },
  fieldsOf("the patient", ["name", "email", "phone"], "Give the patient's name, email and phone"),
);

const AREA = "Use an area code of lower-case letters and _, like front";

export const bookingRequestSchema = z.strictObject(
  {
    type: appointmentType,
    therapistId: therapistChoice,
    start: z.iso
      .datetime({
        offset: true,
        ...needs(
          "Give the start time from /api/slots, like 2027-03-22T08:00:00.000Z",
          "Give the start as an ISO 8601 time from /api/slots, like 2027-03-22T08:00:00.000Z",
        ),
      })
      .refine(
        (start) => isInstantInRange(new Date(start)),
        `Use a time between ${DATE_RANGE.first} and ${DATE_RANGE.last}`,
      ),
    patient: patientSchema,
    notes: z.string("Write your notes as text").trim().max(1000, "Keep your notes to 1,000 characters").optional(),
    region: z.enum(REGIONS, `Use one of ${REGIONS.join(", ")}`).optional(),
    area: z
      .string(AREA)
      .trim()
      .max(40, AREA)
      .regex(/^[a-z_]+$/, AREA)
      .optional(),
  },
  fieldsOf("a booking", ["type", "therapistId", "start", "patient", "notes", "region", "area"]),
);

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
  .string("Use 8 to 100 letters, digits, - or _")
  .trim()
  .regex(/^[\w-]{8,100}$/, "Use 8 to 100 letters, digits, - or _");

/** The API's request headers a booking reads, named as the client sends them (and so are their field errors). */
export const bookingHeadersSchema = z.object({ "Idempotency-Key": idempotencyKeySchema.optional() });

/**
 * What the booking form sends its action: the API's body plus the attempt's key,
 * the honeypot field and the sealed time the form was shown (lib/booking/form-stamp.ts).
 * Neither of the last two is checked here: a bot is refused without being told why.
 */
export const bookingFormSchema = bookingRequestSchema.extend({
  idempotencyKey: idempotencyKeySchema,
  website: z.string("Leave this empty").max(500, "Leave this empty").optional(),
  formStamp: z.string("Reload the page and try again").max(500, "Reload the page and try again"),
});

export const rescheduleSchema = bookingRequestSchema.pick({ start: true });
