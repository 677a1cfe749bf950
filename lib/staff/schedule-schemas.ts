import { z } from "zod";

import { isDateInRange } from "@/lib/calendar/dates";
import { uuidSchema } from "@/lib/uuid";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || Array.isArray(value) ? undefined : value),
    schema.optional(),
  );

/**
 * The schedule's view from the URL (?view=week&date=2026-12-01&therapist=…).
 * Like the queue's filters, anything malformed is dropped rather than refused,
 * so an old bookmark still opens (on today).
 */
export const scheduleParamsSchema = z.object({
  view: optional(z.enum(["day", "week"])).catch(undefined),
  date: optional(z.string().refine(isDateInRange)).catch(undefined),
  /** Admins only: whose schedule. Therapists always see their own. */
  therapist: optional(uuidSchema()).catch(undefined),
});
export type ScheduleParams = z.infer<typeof scheduleParamsSchema>;

/** The attendance form: which booking and what happened. */
export const attendanceSchema = z.object({
  bookingId: uuidSchema("Choose an appointment"),
  outcome: z.enum(["completed", "no_show", "late_cancellation"], "Choose attended, no-show or cancelled late"),
});
export type AttendanceInput = z.infer<typeof attendanceSchema>;

export type IntakeState =
  | { kind: "none" }
  | { kind: "draft"; step: string | null }
  | { kind: "submitted"; intakeId: string; disposition: "emergency" | "urgent" | "soon" | "routine" | null };

/** What the schedule says about a booking's questionnaire. */
export function intakeStatusLabel(state: IntakeState): string {
  if (state.kind === "none") return "No questionnaire yet";
  if (state.kind === "draft")
    return state.step === "review" ? "Draft (checking answers)" : state.step ? `Draft (step ${state.step})` : "Draft";
  return "Submitted";
}

/** The URL of a schedule view, leaving out what is the default. */
export function scheduleHref(params: { view: "day" | "week"; date: string; therapist?: string | undefined }): string {
  const search = new URLSearchParams({ view: params.view, date: params.date });
  if (params.therapist) search.set("therapist", params.therapist);
  return `/staff/schedule?${search.toString()}`;
}

const TIME = "Enter the time like 14:30";

/** Staff moving a booking to another time the same therapist is free: the new date and clinic-local time. */
export const moveTimeSchema = z.object({
  bookingId: uuidSchema("Choose an appointment"),
  date: z.string("Enter the new date").refine(isDateInRange, "Enter the new date, like 2027-03-22"),
  time: z.string(TIME).regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME),
});
export type MoveTimeInput = z.infer<typeof moveTimeSchema>;

/** Staff cancelling a booking (the patient is e-mailed). */
export const staffCancelSchema = attendanceSchema.pick({ bookingId: true });
export type StaffCancelInput = z.infer<typeof staffCancelSchema>;
