import { tzOffset } from "@date-fns/tz";

// The clinic's calendar as numbers. Local calendar days are whole-day numbers
// (days since 1970-01-01) and wall-clock readings "wall milliseconds": the
// reading written as if it were UTC. Neither depends on the process time zone;
// only wallToInstant and localDayOf consult a zone. dates.ts speaks YYYY-MM-DD on top of this.

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-03-28" → its day number; throws on anything that is not a real date. */
export function parseLocalDate(date: string): number {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const number = daysFromCivil(year, month, day);
    // 2027-02-30 would come out as 2 March; a round trip catches it (and month 13).
    if (formatLocalDate(number) === date) return number;
  }
  throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
}

/**
 * Proleptic Gregorian date → day number (Hinnant's days-from-civil). Not Date.UTC,
 * which reads years 0–99 as 1900–1999.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * Day number → "YYYY-MM-DD" by calendar arithmetic (Hinnant's days-to-civil):
 * inside a Next.js request every `new Date` goes through an instrumented
 * constructor, and a fortnight of slots formats thousands of dates.
 */
export function formatLocalDate(day: number): string {
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Years toISOString writes with six digits and a sign (and NaN, which throws) take the slow path.
  if (!(y >= 0 && y <= 9999)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

// Slots come sorted, so consecutive calls mostly share a date.
let lastDay = Number.NaN;
let lastDate = "";

/** Epoch milliseconds → the same string as Date#toISOString, without building a Date. */
export function isoInstant(instant: number): string {
  const day = Math.floor(instant / DAY_MS);
  if (day !== lastDay) {
    lastDate = formatLocalDate(day);
    lastDay = day;
  }
  const rest = instant - day * DAY_MS;
  const ms = rest % 1000;
  const seconds = Math.floor(rest / 1000);
  const millis = ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : `${ms}`;
  return `${lastDate}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${millis}Z`;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Wall milliseconds of `minutes` after local midnight of `day` (1440 = next midnight). */
export function wallMs(day: number, minutes: number): number {
  return day * DAY_MS + minutes * MINUTE_MS;
}

// Zone offsets only ever change on a whole minute, so one lookup per zone and
// minute is exact; the cache matters because each lookup costs ~10 µs and a
// fortnight of slots for ten therapists asks thousands of times, mostly for
// the same few minutes.
const offsetCache = new Map<string, number>();

function offsetMs(timeZone: string, instant: number): number {
  const key = `${timeZone}|${Math.floor(instant / MINUTE_MS)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  if (offsetCache.size > 50_000) offsetCache.clear();
  const offset = uncachedOffsetMs(timeZone, instant);
  offsetCache.set(key, offset);
  return offset;
}

function uncachedOffsetMs(timeZone: string, instant: number): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return minutes * MINUTE_MS;
}

/** The clinic-local day number that contains `instant`. */
export function localDayOf(instant: number, timeZone: string): number {
  return Math.floor((instant + offsetMs(timeZone, instant)) / DAY_MS);
}

/**
 * The instant a wall clock in `timeZone` shows `wall`, defined as the first
 * instant at which the clock reads `wall` or later. So a repeated (fall-back)
 * reading takes its earlier instant and a skipped (spring-forward) reading maps
 * to the moment the clocks jump, i.e. the end of the gap. Unlike shifting a
 * skipped time forward by the gap's length, this keeps the mapping monotonic,
 * so time off that starts in the gap still covers the hour after it and working
 * hours can never come out inverted.
 *
 * TZDate is not used here: built from wall-clock fields, its choice for an
 * ambiguous time depends on the process time zone.
 */
export function wallToInstant(wall: number, timeZone: string): number {
  // Offsets either side of the reading; with no change nearby they agree (the
  // common case). Like Temporal, this assumes at most one change within a day.
  const before = offsetMs(timeZone, wall - DAY_MS);
  const after = offsetMs(timeZone, wall + DAY_MS);
  if (before === after) return wall - before;

  const candidates = [wall - before, wall - after]
    .filter((instant) => instant + offsetMs(timeZone, instant) === wall)
    .sort((a, b) => a - b);
  if (candidates[0] !== undefined) return candidates[0];

  // In the gap: the change happens in (wall - after, wall - before]; find it.
  let lo = wall - after;
  let hi = wall - before;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * localDayOf for many instants near each other (a fortnight of slots): each
 * local midnight in the span is computed once, then each lookup is a binary
 * search instead of a time-zone calculation. Outside the span it falls back.
 */
export function localDayIndexer(from: number, to: number, timeZone: string): (instant: number) => number {
  const firstDay = localDayOf(from, timeZone) - 1;
  const lastDay = localDayOf(to, timeZone) + 1;
  const midnights: number[] = [];
  for (let day = firstDay; day <= lastDay + 1; day++) midnights.push(wallToInstant(wallMs(day, 0), timeZone));
  return (instant) => {
    if (instant < midnights[0]! || instant >= midnights[midnights.length - 1]!) return localDayOf(instant, timeZone);
    let lo = 0;
    let hi = midnights.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (midnights[mid]! <= instant) lo = mid;
      else hi = mid;
    }
    return firstDay + lo;
  };
}
