import { bookingTimes, type BookingLength } from "@/lib/booking/blocked-window";

/** A stretch of a therapist's time that may have come free (a cancellation, a move, time off removed). */
export interface FreedWindow {
  therapistId: string;
  from: Date;
  until: Date;
}

/** Clinic-local dates, inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The dates on which a freed window can give a waiting patient a time: their own
 * range, cut to the window's dates and to today onwards; null when nothing is left.
 */
export function datesToSearch(entry: DateRange, windowDates: DateRange, today: string): DateRange | null {
  const from = [entry.from, windowDates.from, today].reduce((a, b) => (a > b ? a : b));
  const to = entry.to < windowDates.to ? entry.to : windowDates.to;
  return from <= to ? { from, to } : null;
}

/**
 * The free start (epoch ms, ascending) to offer from a freed window: the first
 * whose appointment, buffers included, lies wholly inside the freed time (the
 * cancelled booking's own time, for the same type), else the first that uses
 * some of it. A time that was free all along is not news to someone who joined
 * the list because nothing suited. Starts already offered to this patient, or
 * held for someone else in this run, are passed over.
 */
export function firstFreedStart(
  starts: number[],
  type: BookingLength,
  window: Pick<FreedWindow, "from" | "until">,
  passOver: ReadonlySet<number>,
): number | null {
  let overlapping: number | null = null;
  for (const start of starts) {
    if (passOver.has(start)) continue;
    const { blockedFrom, blockedUntil } = bookingTimes(new Date(start), type);
    if (blockedFrom >= window.from && blockedUntil <= window.until) return start;
    if (overlapping === null && blockedFrom < window.until && blockedUntil > window.from) overlapping = start;
  }
  return overlapping;
}

/**
 * Whether this patient was already offered a time in this freed stretch and let
 * it go (declined, or the hold lapsed): the rest of the stretch goes to the next
 * people, not back to them as the time next door.
 */
export function offeredHere(
  offered: number[],
  type: BookingLength,
  window: Pick<FreedWindow, "from" | "until">,
): boolean {
  return offered.some((start) => {
    const { blockedFrom, blockedUntil } = bookingTimes(new Date(start), type);
    return blockedFrom < window.until && blockedUntil > window.from;
  });
}
