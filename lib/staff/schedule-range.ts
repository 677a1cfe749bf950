import { addDays, localDateOf, localDateRange, weekOf, weekStart } from "@/lib/calendar/dates";

// The schedule's days and weeks on the clinic's calendar. A day is local
// midnight to the next local midnight, so it lasts 23 or 25 hours on the days
// the clocks change; a week is Monday to Monday (ISO). Pure: the clinic's zone
// and "now" come in as arguments.

export type ScheduleView = "day" | "week";

export interface ScheduleRange {
  /** First instant shown (inclusive) and the end (exclusive). */
  from: Date;
  to: Date;
  /** The local dates shown, YYYY-MM-DD, in order: one for a day, seven for a week. */
  days: string[];
}

/** The instants and local dates a day or week view of `date` covers. */
export function scheduleRange(view: ScheduleView, date: string, timeZone: string): ScheduleRange {
  const days = view === "week" ? weekOf(date) : [date];
  return { ...localDateRange(days[0]!, days.at(-1)!, timeZone), days };
}

/** The date the previous (-1) or next (+1) day or week opens on. */
export function shiftDate(view: ScheduleView, date: string, direction: -1 | 1): string {
  return view === "week" ? weekStart(addDays(date, direction * 7)) : addDays(date, direction);
}

/**
 * Attendance can be marked once the appointment has started, or on its own day
 * (a therapist records the morning's patients at lunch, or a no-show at 17:00
 * for a 17:30 that will clearly not happen): never for a later day.
 */
export function canMarkAttendance(startsAt: Date, now: Date, timeZone: string): boolean {
  return startsAt.getTime() <= now.getTime() || localDateOf(startsAt, timeZone) === localDateOf(now, timeZone);
}
