// Ages and dates are read on the clinic's calendar: the local date of an instant
// comes from Intl with the clinic's zone, so the process time zone never matters.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "1985-03-14" → its parts; undefined for anything that is not a real calendar date. */
export function parseDate(text: string): LocalDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 30 February over into March; a round trip catches it.
  const check = new Date(Date.UTC(year, month - 1, day));
  check.setUTCFullYear(year);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    formats.set(timeZone, format);
  }
  return format;
}

/** The calendar date in `timeZone` at the instant `now`. */
export function localDateOf(now: Date, timeZone: string): LocalDate {
  if (Number.isNaN(now.getTime())) throw new RangeError("now is not a valid date");
  const parts: Partial<Record<string, number>> = {};
  for (const { type, value } of formatFor(timeZone).formatToParts(now)) parts[type] = Number(value);
  const { year, month, day } = parts;
  if (year === undefined || month === undefined || day === undefined) throw new RangeError(`Cannot read a date in ${timeZone}`);
  return { year, month, day };
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
  return completedYears(birth, localDateOf(now, timeZone));
}

/** Whole years from `birth` to `today`. */
export function completedYears(birth: LocalDate, today: LocalDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

/** Age from an unchecked dob answer; undefined if it is missing or not a real date. */
export function ageFromAnswer(dob: unknown, now: Date, timeZone: string): number | undefined {
  if (typeof dob !== "string" || !parseDate(dob)) return undefined;
  return ageOn(dob, now, timeZone);
}
