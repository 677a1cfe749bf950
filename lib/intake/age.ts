import { dateInWords, isCalendarDate, localDateOf } from "../calendar/dates";
import { readDate } from "./date-input";

// Ages and dates are read on the clinic's calendar (lib/calendar), so the process
// time zone never matters. A date as parts, for comparing and counting years.

export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "1985-03-14" → its parts; undefined for anything that is not a real calendar date. */
export function parseDate(text: string): LocalDate | undefined {
  if (!isCalendarDate(text)) return undefined;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** The calendar date in `timeZone` at the instant `now`, as parts. */
export function localDateParts(now: Date, timeZone: string): LocalDate {
  return parseDate(localDateOf(now, timeZone))!;
}

/** -1, 0 or 1 as date a is before, the same as, or after date b. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return Math.sign(a.year - b.year || a.month - b.month || a.day - b.day);
}

/**
 * Completed years on the date `now` falls on in `timeZone`. Someone born on
 * 29 February turns a year older on 1 March in other years (the day after 28 February).
 * Throws RangeError for a dob that is not a real YYYY-MM-DD date.
 */
export function ageOn(dob: string, now: Date, timeZone: string): number {
  const birth = parseDate(dob);
  if (!birth) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(dob)}`);
  return completedYears(birth, localDateParts(now, timeZone));
}

/** Whole years from `birth` to `today`. */
export function completedYears(birth: LocalDate, today: LocalDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * Age from an unchecked dob answer (stored, or the boxes as typed); undefined if it
 * is missing or not a real date.
 */
export function ageFromAnswer(dob: unknown, now: Date, timeZone: string): number | undefined {
  const reading = readDate(dob);
  return reading.ok ? ageOn(reading.date, now, timeZone) : undefined;
}

/**
 * The latest date of birth that makes someone older than `age` on `today`: one born
 * on it turns `age` + 1 that day (28 February when today is 29 February and that
 * year has none).
 */
export function lastBirthDateOlderThan(age: number, today: LocalDate): LocalDate {
  const sameDay = { year: today.year - age - 1, month: today.month, day: today.day };
  return parseDate(formatDateParts(sameDay)) ?? { ...sameDay, day: sameDay.day - 1 };
}

/** "14 March 1985 (age 41)", the age in completed years on the date `now` falls on in `timeZone`. */
export function birthDateWithAge(dob: string, now: Date, timeZone: string): string {
  return `${dateInWords(dob)} (age ${ageOn(dob, now, timeZone)})`;
}

/** A date's parts as "YYYY-MM-DD". */
export function formatDateParts(date: LocalDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
