import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { freeSlots, isSlotFree, workingWindows, type SlotRules, type TherapistSchedule } from "./availability";

// The oracle below shares no code with the engine: it reads wall clocks minute by
// minute through Intl, paints working minutes one by one, and checks every busy
// interval for every candidate.

const MIN = 60_000;
const DAY = 1440 * MIN;
// Zones with hour, half-hour and midnight clock changes, fractional offsets and none at all.
const ZONES = [
  "Europe/London",
  "America/New_York",
  "Australia/Lord_Howe",
  "America/Santiago",
  "Asia/Kolkata",
  "America/St_Johns",
  "UTC",
];
// 2027 clock changes in those zones, and a quiet summer day.
const ANCHORS = [
  "2027-03-14",
  "2027-03-28",
  "2027-04-04",
  "2027-06-15",
  "2027-09-05",
  "2027-10-03",
  "2027-10-31",
  "2027-11-07",
];

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

const formats = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock readings (as UTC-style ms) of every real minute from `startMs` for `days` days. */
function clockTable(timeZone: string, startMs: number, days: number) {
  const format =
    formats.get(timeZone) ??
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
  formats.set(timeZone, format);
  const read = (ms: number) => {
    const p: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const { type, value } of format.formatToParts(ms)) p[type] = Number(value);
    return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  };
  const wall: number[] = [];
  for (let hour = 0; hour < days * 24; hour++) {
    const at = startMs + hour * 60 * MIN;
    const offset = read(at) - at;
    const steady = read(at + 60 * MIN) - (at + 60 * MIN) === offset;
    for (let m = 0; m < 60; m++) wall.push(steady ? at + m * MIN + offset : read(at + m * MIN));
  }
  /** The first real minute at which the clock reads `target` or later. */
  const instantOf = (target: number) => {
    const index = wall.findIndex((w) => w >= target);
    if (index < 0) throw new Error("clock table too short");
    return startMs + index * MIN;
  };
  return { instantOf, localDate: (ms: number) => dateOf(Math.floor(wall[(ms - startMs) / MIN]! / DAY)) };
}

function oracleWindows(s: TherapistSchedule, date: string, instantOf: (wall: number) => number) {
  const day = dayOf(date);
  const weekday = ((new Date(day * DAY).getUTCDay() + 6) % 7) + 1;
  const working = new Array<boolean>(1440).fill(false);
  const paint = (from: number, to: number, value: boolean) => {
    for (let m = from; m < to; m++) working[m] = value;
  };
  for (const h of s.weekly) if (h.weekday === weekday) paint(h.startMinutes, h.endMinutes, true);
  const today = s.overrides.filter((o) => o.date === date);
  for (const o of today) {
    if (o.kind === "extra_hours" && o.startMinutes !== null && o.endMinutes !== null)
      paint(o.startMinutes, o.endMinutes, true);
  }
  for (const o of today) {
    if (o.kind !== "time_off") continue;
    if (o.startMinutes === null || o.endMinutes === null) paint(0, 1440, false);
    else paint(o.startMinutes, o.endMinutes, false);
  }
  const windows: { start: number; end: number }[] = [];
  for (let m = 0; m < 1440; m++) {
    if (!working[m] || working[m - 1]) continue;
    let end = m;
    while (working[end]) end++;
    const start = instantOf(day * DAY + m * MIN);
    const stop = instantOf(day * DAY + end * MIN);
    const last = windows.at(-1);
    if (start >= stop) continue;
    if (last && start <= last.end) last.end = stop;
    else windows.push({ start, end: stop });
  }
  return windows;
}

function oracle(schedules: TherapistSchedule[], r: SlotRules, zone: string, from: string, to: string, now: number) {
  const { instantOf } = clockTable(zone, (dayOf(from) - 2) * DAY, dayOf(to) - dayOf(from) + 5);
  const candidates: { start: number; therapistId: string; free: boolean }[] = [];
  for (const s of schedules) {
    for (let day = dayOf(from); day <= dayOf(to); day++) {
      for (const w of oracleWindows(s, dateOf(day), instantOf)) {
        for (let start = w.start; start + r.minutes * MIN <= w.end; start += r.slotStepMinutes * MIN) {
          const blockedFrom = start - r.bufferBeforeMinutes * MIN;
          const blockedUntil = start + (r.minutes + r.bufferAfterMinutes) * MIN;
          const clash = s.busy.some((b) => +b.start < +b.end && +b.start < blockedUntil && +b.end > blockedFrom);
          const inTime = start >= now + r.minNoticeMinutes * MIN && start < now + r.horizonDays * DAY;
          candidates.push({ start, therapistId: s.therapistId, free: inTime && !clash });
        }
      }
    }
  }
  return candidates;
}

const mostly = <T>(usual: fc.Arbitrary<T>, sometimes: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 3 }, { arbitrary: sometimes, weight: 1 });
// Times near midnight and the small hours, where clocks change, turn up often.
const minuteOfDay = fc.oneof(
  fc.integer({ min: 0, max: 1439 }),
  fc.constantFrom(0, 30, 60, 90, 120, 150, 180, 1380, 1410),
);
const span = fc
  .tuple(minuteOfDay, fc.oneof(fc.integer({ min: 1, max: 720 }), fc.constantFrom(30, 60, 90)))
  .map(([start, length]) => [start, Math.min(1440, start + length)] as const);
type WeeklySpec = [weekday: number, times: readonly [number, number]];
const therapist = fc.record({
  therapistId: fc.constantFrom("a", "b", "c"),
  weekly: fc.oneof(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), span), { maxLength: 10 }),
    // Like a real rota: the same hours on most days of the week.
    fc
      .tuple(fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 4 }), fc.array(span, { minLength: 1, maxLength: 3 }))
      .map(([weekdays, spans]) => weekdays.flatMap((weekday) => spans.map((times): WeeklySpec => [weekday, times]))),
  ),
  // [day offset from fromDate, kind, times or none]
  overrides: fc.array(
    fc.tuple(
      fc.integer({ min: -1, max: 5 }),
      fc.constantFrom<"time_off" | "extra_hours">("time_off", "extra_hours"),
      fc.option(span, { freq: 4 }),
    ),
    { maxLength: 4 },
  ),
  // [start, length] in five-minute steps from fromDate's UTC midnight
  busy: fc.array(fc.tuple(fc.integer({ min: -300, max: 2000 }), fc.integer({ min: 0, max: 60 })), {
    maxLength: 14,
  }),
});
const scenario = fc.record({
  zone: fc.constantFrom(...ZONES),
  from: fc
    .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -3, max: 3 }))
    .map(([anchor, shift]) => dateOf(dayOf(anchor) + shift)),
  // 0 makes toDate the day before fromDate.
  days: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 4 }), weight: 9 }, { arbitrary: fc.constant(0), weight: 1 }),
  therapists: fc.uniqueArray(therapist, { minLength: 1, maxLength: 3, selector: (t) => t.therapistId }),
  rules: fc.record({
    minutes: fc.integer({ min: 5, max: 240 }),
    slotStepMinutes: fc.oneof(fc.constantFrom(5, 10, 15, 20, 30, 60), fc.integer({ min: 5, max: 90 })),
    bufferBeforeMinutes: fc.integer({ min: 0, max: 60 }),
    bufferAfterMinutes: fc.integer({ min: 0, max: 60 }),
    minNoticeMinutes: mostly(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 3 * 1440 })),
    horizonDays: mostly(fc.integer({ min: 4, max: 14 }), fc.integer({ min: 0, max: 3 })),
  }),
  // Relative to fromDate's UTC midnight; minute-aligned values hit the notice and horizon edges exactly.
  now: fc.oneof(
    fc.integer({ min: -3 * 1440, max: 2 * 1440 }).map((m) => m * MIN),
    fc.integer({ min: -3 * DAY, max: 2 * DAY }),
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(input: Scenario) {
  const base = dayOf(input.from) * DAY;
  const schedules: TherapistSchedule[] = input.therapists.map((t) => ({
    therapistId: t.therapistId,
    weekly: t.weekly.map(([weekday, [startMinutes, endMinutes]]) => ({ weekday, startMinutes, endMinutes })),
    overrides: t.overrides.map(([offset, kind, times]) => ({
      date: dateOf(dayOf(input.from) + offset),
      kind,
      startMinutes: times?.[0] ?? null,
      endMinutes: times?.[1] ?? null,
    })),
    // A five-minute grid makes busy time often just touch a slot's blocked range.
    busy: t.busy.map(([at, length]) => ({
      start: new Date(base + at * 5 * MIN),
      end: new Date(base + (at + length) * 5 * MIN),
    })),
  }));
  const query = {
    timeZone: input.zone,
    fromDate: input.from,
    toDate: dateOf(dayOf(input.from) + input.days - 1),
    now: new Date(base + input.now),
  };
  return { schedules, query };
}

const key = (start: number, therapistId: string) => `${start} ${therapistId}`;

describe("freeSlots properties", () => {
  it("returns exactly the step-aligned candidates that satisfy every rule, and only valid slots", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { schedules, query } = build(input);
        const { rules } = input;
        const slots = freeSlots(schedules, rules, query);
        const now = query.now.getTime();
        const { localDate } = clockTable(query.timeZone, (dayOf(query.fromDate) - 2) * DAY, input.days + 5);
        const byId = new Map(schedules.map((s) => [s.therapistId, s]));

        // Plain checks collected per slot: thousands of expect() calls per run would dominate the runtime.
        const broken = slots.flatMap((slot, i) => {
          const start = slot.start.getTime();
          const s = byId.get(slot.therapistId)!;
          const date = localDate(start);
          const blockedFrom = start - rules.bufferBeforeMinutes * MIN;
          const blockedUntil = +slot.end + rules.bufferAfterMinutes * MIN;
          const previous = slots[i - 1];
          const windows = workingWindows(s, date, query.timeZone);
          const checks = {
            "local date in range": date >= query.fromDate && date <= query.toDate,
            length: +slot.end - start === rules.minutes * MIN,
            "inside a working window": windows.some((w) => +w.start <= start && +slot.end <= +w.end),
            "clear of busy time": !s.busy.some(
              (b) => +b.start < +b.end && +b.start < blockedUntil && +b.end > blockedFrom,
            ),
            "after notice": start >= now + rules.minNoticeMinutes * MIN,
            "before horizon": start < now + rules.horizonDays * DAY,
            "sorted, no duplicates":
              !previous ||
              +previous.start < start ||
              (+previous.start === start && previous.therapistId < slot.therapistId),
          };
          return Object.entries(checks)
            .filter(([, ok]) => !ok)
            .map(([rule]) => `${slot.start.toISOString()} ${slot.therapistId}: ${rule}`);
        });
        expect(broken).toEqual([]);

        const candidates = oracle(schedules, rules, query.timeZone, query.fromDate, query.toDate, now);
        const expected = candidates
          .filter((c) => c.free)
          .sort((a, b) => a.start - b.start || (a.therapistId < b.therapistId ? -1 : 1))
          .map((c) => key(c.start, c.therapistId));
        expect(slots.map((slot) => key(+slot.start, slot.therapistId))).toEqual(expected);

        // isSlotFree agrees on a spread of candidates, free and not, and on off-grid times.
        const returned = new Set(expected);
        const sample = candidates.filter((_, i) => i % Math.ceil(candidates.length / 60) === 0);
        for (const c of sample) {
          const check = (at: number) =>
            isSlotFree(byId.get(c.therapistId)!, rules, new Date(at), query.timeZone, query.now);
          expect(check(c.start)).toBe(c.free);
          // Steps are at least five minutes, so a minute later is off this window's grid.
          expect(check(c.start + MIN)).toBe(returned.has(key(c.start + MIN, c.therapistId)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("computes the same working windows as the minute-by-minute oracle", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { schedules, query } = build(input);
        const { instantOf } = clockTable(query.timeZone, (dayOf(query.fromDate) - 2) * DAY, 8);
        for (const s of schedules) {
          for (let day = dayOf(query.fromDate) - 1; day <= dayOf(query.fromDate) + 4; day++) {
            const actual = workingWindows(s, dateOf(day), query.timeZone);
            expect(actual.map((w) => ({ start: +w.start, end: +w.end }))).toEqual(
              oracleWindows(s, dateOf(day), instantOf),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
