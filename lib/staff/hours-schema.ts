import { z } from "zod";

import { DATE_RANGE, isDateInRange } from "@/lib/calendar/dates";
import { uuidSchema } from "@/lib/uuid";

import { toClock, toMinutes } from "./clock";

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "Enter a time like 09:00 (24-hour clock)");

const range = z.object({ start: clock, end: clock });

/** One therapist's week: seven days (Monday first), each with none or more ranges. */
export const weeklyHoursSchema = z
  .object({
    therapistId: uuidSchema("Choose a therapist"),
    days: z.array(z.object({ ranges: z.array(range).max(6, "Use at most 6 ranges in a day") })).length(7),
  })
  .superRefine((week, ctx) => {
    week.days.forEach((day, d) => {
      // Compare each range with the others in start order, reporting on the range the admin typed.
      const ordered = day.ranges
        .map((r, i) => ({ i, start: toMinutes(r.start), end: toMinutes(r.end) }))
        .sort((a, b) => a.start - b.start);
      let previous: (typeof ordered)[number] | undefined;
      for (const r of ordered) {
        if (r.end <= r.start) {
          ctx.addIssue({
            code: "custom",
            path: ["days", d, "ranges", r.i, "end"],
            message: `Enter an end time after the start (${toClock(r.start)})`,
          });
          continue;
        }
        if (previous && r.start < previous.end) {
          ctx.addIssue({
            code: "custom",
            path: ["days", d, "ranges", r.i, "start"],
            message: `Overlaps ${toClock(previous.start)}–${toClock(previous.end)}; start at ${toClock(previous.end)} or later`,
          });
        }
        previous = r;
      }
    });
  });
export type WeeklyHoursInput = z.infer<typeof weeklyHoursSchema>;

/** A dated absence: the whole day, or from a start to an end time. */
export const timeOffSchema = z
  .object({
    therapistId: uuidSchema("Choose a therapist"),
    date: z.iso
      .date("Enter the date, like 2027-03-14")
      .refine(isDateInRange, `Enter a date between ${DATE_RANGE.first} and ${DATE_RANGE.last}`),
    allDay: z.boolean(),
    start: z.string(),
    end: z.string(),
    reason: z.string().trim().max(200, "Keep the reason to 200 characters"),
  })
  .superRefine((off, ctx) => {
    if (off.allDay) return;
    const start = clock.safeParse(off.start);
    const end = clock.safeParse(off.end);
    if (!start.success)
      ctx.addIssue({
        code: "custom",
        path: ["start"],
        message: "Enter a start time like 09:00, or choose the whole day",
      });
    if (!end.success)
      ctx.addIssue({ code: "custom", path: ["end"], message: "Enter an end time like 13:00, or choose the whole day" });
    if (start.success && end.success && toMinutes(off.end) <= toMinutes(off.start)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `Enter an end time after the start (${off.start})` });
    }
  });
export type TimeOffInput = z.infer<typeof timeOffSchema>;

export const timeOffIdSchema = z.object({ therapistId: uuidSchema(), overrideId: uuidSchema() });
