import type { Interval, TherapistSchedule } from "./availability";
import { isoWeekday, parseLocalDate, wallMs, wallToInstant } from "@/lib/calendar/local-time";

/** A span of minutes after local midnight, half-open. */
type Span = readonly [start: number, end: number];

const DAY_MINUTES = 24 * 60;

/** Sorted, with overlapping and touching spans joined. */
function union(spans: Span[]): Span[] {
  const sorted = spans.filter(([start, end]) => start < end).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function subtract(spans: Span[], cuts: Span[]): Span[] {
  let rest = spans;
  for (const [cutStart, cutEnd] of cuts) {
    if (cutStart >= cutEnd) continue;
    rest = rest.flatMap(([start, end]) => {
      const pieces: Span[] = [];
      if (start < cutStart) pieces.push([start, Math.min(end, cutStart)]);
      if (cutEnd < end) pieces.push([Math.max(start, cutEnd), end]);
      return pieces;
    });
  }
  return rest;
}

// Stored minutes are 0..1440; clamping keeps a bad row from reaching into a neighbouring day.
const clamp = (minutes: number) => Math.min(DAY_MINUTES, Math.max(0, minutes));

/**
 * The local day's working hours as minutes: (weekly ∪ extra hours) − time off.
 * Time off wins over extra hours so that someone off sick is never bookable.
 * Time off missing either time is the whole day (the database only allows both
 * or neither); extra hours missing a time add nothing rather than a whole day.
 */
function workingSpans(schedule: Pick<TherapistSchedule, "weekly" | "overrides">, date: string): Span[] {
  const weekday = isoWeekday(parseLocalDate(date));
  const open: Span[] = schedule.weekly
    .filter((hours) => hours.weekday === weekday)
    .map((hours) => [clamp(hours.startMinutes), clamp(hours.endMinutes)]);
  const off: Span[] = [];
  for (const override of schedule.overrides) {
    if (override.date !== date) continue;
    const { startMinutes: start, endMinutes: end } = override;
    if (override.kind === "extra_hours") {
      if (start !== null && end !== null) open.push([clamp(start), clamp(end)]);
    } else {
      off.push(start === null || end === null ? [0, DAY_MINUTES] : [clamp(start), clamp(end)]);
    }
  }
  return subtract(union(open), off);
}

/** A window in epoch milliseconds, half-open. */
export interface WindowMs {
  start: number;
  end: number;
}

/**
 * That clinic-local day's working windows, sorted and merged. Set arithmetic
 * happens in local minutes and only the result is converted, so a window's real
 * length follows the clocks (00:00–04:00 lasts 3 h on a spring-forward day and
 * 5 h on a fall-back day).
 */
export function workingWindowsMs(
  schedule: Pick<TherapistSchedule, "weekly" | "overrides">,
  date: string,
  timeZone: string,
): WindowMs[] {
  const day = parseLocalDate(date);
  const windows: WindowMs[] = [];
  for (const [startMinutes, endMinutes] of workingSpans(schedule, date)) {
    const start = wallToInstant(wallMs(day, startMinutes), timeZone);
    const end = wallToInstant(wallMs(day, endMinutes), timeZone);
    // A span lying wholly in a spring-forward gap never happens in real time.
    if (start >= end) continue;
    const last = windows.at(-1);
    // Spans split only by skipped minutes are one continuous stretch of work.
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

export function workingWindows(
  schedule: Pick<TherapistSchedule, "weekly" | "overrides">,
  date: string,
  timeZone: string,
): Interval[] {
  return workingWindowsMs(schedule, date, timeZone).map(({ start, end }) => ({
    start: new Date(start),
    end: new Date(end),
  }));
}
