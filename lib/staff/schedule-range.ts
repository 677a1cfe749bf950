import { TZDate } from "@date-fns/tz";

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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function fields(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const [y, m, d] = fields(date);
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}

/** The date `days` after `date` on the calendar (no time zone involved). */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = fields(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The local midnight that starts `date` in the zone, as an instant. */
export function localMidnight(date: string, timeZone: string): Date {
  const [y, m, d] = fields(date);
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}

/** The clinic's calendar date of an instant. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatYmd(new TZDate(instant.getTime(), timeZone));
}

function formatYmd(date: TZDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Monday of the ISO week holding `date`. */
export function weekStart(date: string): string {
  const [y, m, d] = fields(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDaysToDate(date, -((weekday + 6) % 7));
}

/** The instants and local dates a day or week view of `date` covers. */
export function scheduleRange(view: ScheduleView, date: string, timeZone: string): ScheduleRange {
  const first = view === "week" ? weekStart(date) : date;
  const count = view === "week" ? 7 : 1;
  const days = Array.from({ length: count }, (_, i) => addDaysToDate(first, i));
  return { from: localMidnight(first, timeZone), to: localMidnight(addDaysToDate(first, count), timeZone), days };
}

/** The date the previous (-1) or next (+1) day or week opens on. */
export function shiftDate(view: ScheduleView, date: string, direction: -1 | 1): string {
  return addDaysToDate(view === "week" ? weekStart(date) : date, direction * (view === "week" ? 7 : 1));
}

/**
 * Attendance can be marked once the appointment has started, or on its own day
 * (a therapist records the morning's patients at lunch, or a no-show at 17:00
 * for a 17:30 that will clearly not happen): never for a later day.
 */
export function canMarkAttendance(startsAt: Date, now: Date, timeZone: string): boolean {
  return startsAt.getTime() <= now.getTime() || localDateOf(startsAt, timeZone) === localDateOf(now, timeZone);
}
