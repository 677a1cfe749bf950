import { formatLocalDate, isoWeekday, localDayOf, parseLocalDate, wallMs, wallToInstant } from "./local-time";

// Calendar dates as the clinic writes them, "YYYY-MM-DD", and how they meet
// instants in a time zone. Date arithmetic needs no zone (a date is a day
// number); only the functions that take one read the zone's clock, through
// wallToInstant and localDayOf, never through the process time zone.

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30, not 2026-2-3). */
export function isCalendarDate(text: string): boolean {
  try {
    parseLocalDate(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The dates the clinic's calendar works with. Far wider than any booking, schedule or
 * record needs, and inside what PostgreSQL's timestamps and "YYYY-MM-DD" can both
 * write (year 0 or 10000 cannot be), so a hostile date is refused, never a 500.
 */
export const DATE_RANGE = { first: "1900-01-01", last: "2199-12-31" } as const;

/** A real calendar date inside DATE_RANGE. */
export function isDateInRange(text: string): boolean {
  return isCalendarDate(text) && text >= DATE_RANGE.first && text <= DATE_RANGE.last;
}

/** An instant whose UTC date is inside DATE_RANGE (and so is its date in any time zone, bar the very edges). */
export function isInstantInRange(instant: Date): boolean {
  const at = instant.getTime();
  return (
    at >= Date.parse(`${DATE_RANGE.first}T00:00:00Z`) && at < Date.parse(`${DATE_RANGE.last}T00:00:00Z`) + 86_400_000
  );
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return formatLocalDate(parseLocalDate(date) + days);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return isoWeekday(parseLocalDate(date));
}

/** The Monday of the (ISO) week holding `date`. */
export function weekStart(date: string): string {
  const day = parseLocalDate(date);
  return formatLocalDate(day - (isoWeekday(day) - 1));
}

/** The seven dates, Monday to Sunday, of the week holding `date`. */
export function weekOf(date: string): string[] {
  const monday = parseLocalDate(weekStart(date));
  return Array.from({ length: 7 }, (_, i) => formatLocalDate(monday + i));
}

/** The date a clock in `timeZone` shows at `instant`. */
export function localDateOf(instant: Date, timeZone: string): string {
  const at = instant.getTime();
  if (Number.isNaN(at)) throw new RangeError("Not a valid instant");
  return formatLocalDate(localDayOf(at, timeZone));
}

/** Today's date in `timeZone`: the one "today" for the clinic's calendar. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

/**
 * The first instant a clock in `timeZone` reads `minutes` after midnight on
 * `date` (1440 is the next midnight). A reading the clocks skip maps to the
 * moment they jump; a reading they repeat takes its earlier instant.
 */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  return new Date(wallToInstant(wallMs(parseLocalDate(date), minutes), timeZone));
}

/**
 * The instant `date` begins in `timeZone`: its local midnight, or the moment the
 * clocks jump where midnight itself is skipped. Days are 23 or 25 hours long
 * when the clocks change.
 */
export function localMidnight(date: string, timeZone: string): Date {
  return instantAt(date, 0, timeZone);
}

/** Whole local days: from the midnight that starts `fromDate` to the one that ends `toDate`. */
export function localDateRange(fromDate: string, toDate: string, timeZone: string): { from: Date; to: Date } {
  return { from: localMidnight(fromDate, timeZone), to: localMidnight(addDays(toDate, 1), timeZone) };
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "1985-03-14" → "14 March 1985": a date as people write it, never to be misread as month first. */
export function dateInWords(date: string): string {
  parseLocalDate(date);
  const [year, month, day] = date.split("-") as [string, string, string];
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1]} ${year}`;
}
