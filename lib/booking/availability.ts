import { tz } from "@date-fns/tz";
import { format } from "date-fns";

import { DAY_MS, MINUTE_MS, formatLocalDate, localDayOf, parseLocalDate } from "@/lib/calendar/local-time";
import { workingWindowsMs, type WindowMs } from "./working-hours";

export { workingWindows } from "./working-hours";

/** ISO weekday 1 = Mon … 7 = Sun; minutes after LOCAL midnight, end exclusive. */
export interface WeeklyHours {
  weekday: number;
  startMinutes: number;
  endMinutes: number;
}

/** `date` is clinic-local YYYY-MM-DD; time_off with null times is the whole day off. */
export interface DatedOverride {
  date: string;
  kind: "time_off" | "extra_hours";
  startMinutes: number | null;
  endMinutes: number | null;
}

/** Half-open [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** A busy range as epoch milliseconds, half-open [start, end). */
export interface IntervalMs {
  start: number;
  end: number;
}

/**
 * `busy` holds existing non-cancelled bookings already widened by their own
 * types' buffers, as Dates or as epoch milliseconds (the data layer reads
 * milliseconds: thousands of Dates per request are measurably slow in Next.js).
 */
export interface TherapistSchedule {
  therapistId: string;
  weekly: WeeklyHours[];
  overrides: DatedOverride[];
  busy: (Interval | IntervalMs)[];
}

const ms = (instant: Date | number) => (typeof instant === "number" ? instant : instant.getTime());

export interface SlotRules {
  minutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
}

/** fromDate..toDate are clinic-local YYYY-MM-DD, both inclusive. */
export interface SlotQuery {
  timeZone: string;
  fromDate: string;
  toDate: string;
  now: Date;
}

export interface Slot {
  start: Date;
  end: Date;
  therapistId: string;
}

interface Limits {
  length: number;
  step: number;
  before: number;
  after: number;
  earliest: number;
  latest: number;
}

function limitsOf(rules: SlotRules, now: Date): Limits {
  const { minutes, slotStepMinutes, bufferBeforeMinutes, bufferAfterMinutes, minNoticeMinutes, horizonDays } = rules;
  // A zero length or step would loop forever; negative buffers would hide clashes.
  if (!(minutes > 0 && slotStepMinutes > 0 && Number.isFinite(minutes) && Number.isFinite(slotStepMinutes))) {
    throw new RangeError("Slot length and step must be positive.");
  }
  if (
    ![bufferBeforeMinutes, bufferAfterMinutes, minNoticeMinutes, horizonDays].every((n) => n >= 0 && Number.isFinite(n))
  ) {
    throw new RangeError("Buffers, notice and horizon must be zero or more.");
  }
  if (Number.isNaN(now.getTime())) throw new RangeError("`now` is not a valid date.");
  return {
    length: minutes * MINUTE_MS,
    step: slotStepMinutes * MINUTE_MS,
    before: bufferBeforeMinutes * MINUTE_MS,
    after: bufferAfterMinutes * MINUTE_MS,
    earliest: now.getTime() + minNoticeMinutes * MINUTE_MS,
    latest: now.getTime() + horizonDays * DAY_MS,
  };
}

/** Busy time sorted by start with overlapping and touching intervals joined, empty ones dropped. */
function mergeBusy(busy: (Interval | IntervalMs)[]): WindowMs[] {
  const sorted = busy
    .map((interval) => ({ start: ms(interval.start), end: ms(interval.end) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  const merged: WindowMs[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push(interval);
  }
  return merged;
}

/** Index of the first merged busy interval ending after `instant`. */
function firstEndingAfter(busy: WindowMs[], instant: number): number {
  let lo = 0;
  let hi = busy.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (busy[mid]!.end <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Free starts within one window, stepping in real elapsed time from its start.
 * Only the appointment must fit the window; its buffers may reach outside
 * working hours (tidying up after the last patient is fine) but never into
 * another booking's blocked time.
 */
function windowStarts(window: WindowMs, busy: WindowMs[], limits: Limits, push: (start: number) => void): void {
  const { length, step, before, after, earliest, latest } = limits;
  const stepIndex = (instant: number) => Math.max(0, Math.ceil((instant - window.start) / step));
  let k = stepIndex(earliest);
  let start = window.start + k * step;
  let next = firstEndingAfter(busy, start - before);
  while (start + length <= window.end && start < latest) {
    while (next < busy.length && busy[next]!.end <= start - before) next++;
    const clash = busy[next];
    if (clash && clash.start < start + length + after) {
      // Jump straight to the first start whose buffer clears this booking.
      k = Math.max(k + 1, stepIndex(clash.end + before));
    } else {
      push(start);
      k++;
    }
    start = window.start + k * step;
  }
}

/** Every free slot for the therapists over the local dates, sorted by start, then therapistId. */
export function freeSlots(schedules: TherapistSchedule[], rules: SlotRules, query: SlotQuery): Slot[] {
  const length = rules.minutes * MINUTE_MS;
  return freeSlotStarts(schedules, rules, query).map(({ start, therapistId }) => ({
    start: new Date(start),
    end: new Date(start + length),
    therapistId,
  }));
}

/**
 * freeSlots as epoch milliseconds. Inside a Next.js request every `new Date`
 * goes through the framework's instrumented constructor, so hot paths that
 * only need a few of thousands of slots (one per start for "any") filter first.
 */
export function freeSlotStarts(
  schedules: TherapistSchedule[],
  rules: SlotRules,
  query: SlotQuery,
): { start: number; therapistId: string }[] {
  const limits = limitsOf(rules, query.now);
  // Days wholly outside notice..horizon cannot hold a slot; one day's margin covers odd zones.
  const first = Math.max(parseLocalDate(query.fromDate), localDayOf(limits.earliest, query.timeZone) - 1);
  const last = Math.min(parseLocalDate(query.toDate), localDayOf(limits.latest, query.timeZone) + 1);
  const found: { start: number; therapistId: string }[] = [];
  // Therapists in id order, then a stable sort by start alone: the same order as
  // comparing ids on every tie, without thousands of string comparisons.
  const byId = schedules.toSorted((a, b) =>
    a.therapistId < b.therapistId ? -1 : a.therapistId > b.therapistId ? 1 : 0,
  );
  for (const schedule of byId) {
    const busy = mergeBusy(schedule.busy);
    const push = (start: number) => found.push({ start, therapistId: schedule.therapistId });
    for (let day = first; day <= last; day++) {
      for (const window of workingWindowsMs(schedule, formatLocalDate(day), query.timeZone)) {
        windowStarts(window, busy, limits, push);
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  // A therapist listed twice would otherwise offer each time twice.
  if (new Set(byId.map((s) => s.therapistId)).size === byId.length) return found;
  return found.filter((slot, i) => {
    const previous = found[i - 1];
    return !previous || previous.start !== slot.start || previous.therapistId !== slot.therapistId;
  });
}

/** The same rules as freeSlots for one candidate start, e.g. to re-check a booking before inserting it. */
export function isSlotFree(
  schedule: TherapistSchedule,
  rules: SlotRules,
  start: Date,
  timeZone: string,
  now: Date,
): boolean {
  const { length, step, before, after, earliest, latest } = limitsOf(rules, now);
  const at = start.getTime();
  if (!(at >= earliest && at < latest)) return false;
  const day = localDayOf(at, timeZone);
  // Neighbouring days too, in case a zone's clock change pushes a window across midnight.
  const onGrid = [day - 1, day, day + 1].some((d) =>
    workingWindowsMs(schedule, formatLocalDate(d), timeZone).some(
      (w) => at >= w.start && at + length <= w.end && (at - w.start) % step === 0,
    ),
  );
  if (!onGrid) return false;
  const blockedStart = at - before;
  const blockedEnd = at + length + after;
  return schedule.busy.every(({ start: s, end: e }) => {
    const [busyStart, busyEnd] = [ms(s), ms(e)];
    // Empty intervals block nothing, as in freeSlots.
    return !(busyStart < busyEnd && busyStart < blockedEnd && busyEnd > blockedStart);
  });
}

/** "Tuesday 2 March, 9:30": the slot as a clock in `timeZone` shows it (e.g. the patient's own zone). */
export function formatSlotForZone(start: Date, timeZone: string): string {
  return format(start, "EEEE d MMMM, H:mm", { in: tz(timeZone) });
}
