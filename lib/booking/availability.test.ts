import { describe, expect, it } from "vitest";

import {
  freeSlots,
  isSlotFree,
  workingWindows,
  type DatedOverride,
  type Interval,
  type Slot,
  type SlotRules,
  type TherapistSchedule,
  type WeeklyHours,
} from "./availability";

// London in winter is UTC, so local wall times read straight off the ISO strings.
// 2027-03-01 is a Monday.
const LONDON = "Europe/London";
const MONDAY = "2027-03-01";
const TUESDAY = "2027-03-02";
const EARLY = new Date("2027-01-01T00:00:00Z");

const hours = (weekday: number, from: string, to: string): WeeklyHours => ({
  weekday,
  startMinutes: minutesOf(from),
  endMinutes: minutesOf(to),
});
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const override = (date: string, kind: DatedOverride["kind"], from?: string, to?: string): DatedOverride => ({
  date,
  kind,
  startMinutes: from === undefined ? null : minutesOf(from),
  endMinutes: to === undefined ? null : minutesOf(to),
});
const busy = (from: string, to: string): Interval => ({ start: new Date(from), end: new Date(to) });
const schedule = (parts: Partial<TherapistSchedule> = {}): TherapistSchedule => ({
  therapistId: "t1",
  weekly: [hours(1, "09:00", "17:00")],
  overrides: [],
  busy: [],
  ...parts,
});
const rules = (parts: Partial<SlotRules> = {}): SlotRules => ({
  minutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 0,
  horizonDays: 365,
  slotStepMinutes: 60,
  ...parts,
});
const day = (date: string, now = EARLY) => ({ timeZone: LONDON, fromDate: date, toDate: date, now });
const starts = (slots: { start: Date }[]) => slots.map((slot) => slot.start.toISOString().slice(11, 16));
const spans = (windows: Interval[]) =>
  windows.map((w) => `${w.start.toISOString().slice(11, 16)}-${w.end.toISOString().slice(11, 16)}`);

describe("workingWindows", () => {
  it("uses the weekly hours of that date's ISO weekday only", () => {
    expect(spans(workingWindows(schedule(), MONDAY, LONDON))).toEqual(["09:00-17:00"]);
    expect(workingWindows(schedule(), TUESDAY, LONDON)).toEqual([]);
    expect(spans(workingWindows(schedule({ weekly: [hours(7, "10:00", "12:00")] }), "2027-03-07", LONDON))).toEqual([
      "10:00-12:00",
    ]);
  });

  it("merges overlapping and touching weekly hours and sorts them", () => {
    const weekly = [
      hours(1, "14:00", "17:00"),
      hours(1, "11:00", "13:00"),
      hours(1, "09:00", "12:00"),
      hours(1, "13:00", "13:30"),
    ];
    expect(spans(workingWindows({ weekly, overrides: [] }, MONDAY, LONDON))).toEqual(["09:00-13:30", "14:00-17:00"]);
  });

  it("removes the whole day for time off without times", () => {
    expect(workingWindows(schedule({ overrides: [override(MONDAY, "time_off")] }), MONDAY, LONDON)).toEqual([]);
  });

  it("removes only the span of time off with times", () => {
    const overrides = [override(MONDAY, "time_off", "12:00", "13:30")];
    expect(spans(workingWindows(schedule({ overrides }), MONDAY, LONDON))).toEqual(["09:00-12:00", "13:30-17:00"]);
  });

  it("adds extra hours as a union with the weekly hours", () => {
    const overrides = [
      override(MONDAY, "extra_hours", "16:00", "19:00"),
      override(TUESDAY, "extra_hours", "10:00", "12:00"),
    ];
    expect(spans(workingWindows(schedule({ overrides }), MONDAY, LONDON))).toEqual(["09:00-19:00"]);
    expect(spans(workingWindows(schedule({ overrides }), TUESDAY, LONDON))).toEqual(["10:00-12:00"]);
  });

  it("lets time off win over extra hours on the same day", () => {
    const overrides = [override(TUESDAY, "extra_hours", "10:00", "12:00"), override(TUESDAY, "time_off")];
    expect(workingWindows(schedule({ overrides }), TUESDAY, LONDON)).toEqual([]);
  });

  it("ignores overrides for other dates and extra hours without times", () => {
    const overrides = [override(TUESDAY, "time_off"), override(MONDAY, "extra_hours")];
    expect(spans(workingWindows(schedule({ overrides }), MONDAY, LONDON))).toEqual(["09:00-17:00"]);
  });

  it("reaches local midnight with an end of 1440", () => {
    const windows = workingWindows({ weekly: [hours(1, "22:00", "24:00")], overrides: [] }, MONDAY, LONDON);
    expect(windows).toEqual([busy("2027-03-01T22:00:00Z", "2027-03-02T00:00:00Z")]);
  });

  it("rejects impossible dates and unknown zones", () => {
    expect(() => workingWindows(schedule(), "2027-02-30", LONDON)).toThrow(RangeError);
    expect(() => workingWindows(schedule(), "1 March 2027", LONDON)).toThrow(RangeError);
    expect(() => workingWindows(schedule(), MONDAY, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("freeSlots", () => {
  it("steps from each window's start and keeps every slot inside the window", () => {
    const s = schedule({ weekly: [hours(1, "09:10", "10:30")] });
    // 10:10 would end at 10:40, past the window.
    expect(starts(freeSlots([s], rules({ minutes: 30, slotStepMinutes: 15 }), day(MONDAY)))).toEqual([
      "09:10",
      "09:25",
      "09:40",
      "09:55",
    ]);
  });

  it("handles a 45-minute length with a 20-minute step without running past the window", () => {
    const s = schedule({ weekly: [hours(1, "09:00", "11:00")] });
    const slots = freeSlots([s], rules({ minutes: 45, slotStepMinutes: 20 }), day(MONDAY));
    expect(starts(slots)).toEqual(["09:00", "09:20", "09:40", "10:00"]);
    expect(slots.at(-1)?.end).toEqual(new Date("2027-03-01T10:45:00Z"));
    expect(slots.every((slot) => slot.end.getTime() - slot.start.getTime() === 45 * 60_000)).toBe(true);
  });

  it("never lets a slot span two windows", () => {
    const s = schedule({ weekly: [hours(1, "09:00", "10:00"), hours(1, "10:30", "11:30")] });
    expect(starts(freeSlots([s], rules({ slotStepMinutes: 30 }), day(MONDAY)))).toEqual(["09:00", "10:30"]);
  });

  it("keeps the blocked range clear of busy time, touching allowed", () => {
    const s = schedule({
      weekly: [hours(1, "09:00", "13:00")],
      busy: [busy("2027-03-01T10:00:00Z", "2027-03-01T11:00:00Z")],
    });
    expect(starts(freeSlots([s], rules(), day(MONDAY)))).toEqual(["09:00", "11:00", "12:00"]);
    expect(starts(freeSlots([s], rules({ bufferAfterMinutes: 10 }), day(MONDAY)))).toEqual(["11:00", "12:00"]);
    expect(starts(freeSlots([s], rules({ bufferBeforeMinutes: 10 }), day(MONDAY)))).toEqual(["09:00", "12:00"]);
  });

  it("lets buffers extend outside working hours, but not into busy time there", () => {
    const s = schedule({ weekly: [hours(1, "09:00", "10:00")] });
    const padded = rules({ bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
    expect(starts(freeSlots([s], padded, day(MONDAY)))).toEqual(["09:00"]);
    const early = { ...s, busy: [busy("2027-03-01T08:20:00Z", "2027-03-01T08:40:00Z")] };
    expect(freeSlots([early], padded, day(MONDAY))).toEqual([]);
  });

  it("gives no slots on a fully booked day", () => {
    const s = schedule({
      busy: [
        busy("2027-03-01T08:50:00Z", "2027-03-01T12:00:00Z"),
        busy("2027-03-01T12:00:00Z", "2027-03-01T17:30:00Z"),
      ],
    });
    expect(freeSlots([s], rules({ minutes: 15, slotStepMinutes: 5 }), day(MONDAY))).toEqual([]);
  });

  it("starts no earlier than the notice allows, counting the boundary itself", () => {
    const now = new Date("2027-03-01T08:00:00Z");
    expect(starts(freeSlots([schedule()], rules({ minNoticeMinutes: 60 }), day(MONDAY, now)))[0]).toBe("09:00");
    expect(starts(freeSlots([schedule()], rules({ minNoticeMinutes: 61 }), day(MONDAY, now)))[0]).toBe("10:00");
    const late = new Date("2027-03-01T10:30:00Z");
    expect(starts(freeSlots([schedule()], rules({ slotStepMinutes: 30 }), day(MONDAY, late)))[0]).toBe("10:30");
  });

  it("starts strictly before the horizon", () => {
    const now = new Date("2027-02-28T12:00:00Z");
    // now + 1 day is exactly 12:00 on Monday: 11:00 is in, 12:00 is out.
    expect(starts(freeSlots([schedule()], rules({ horizonDays: 1 }), day(MONDAY, now)))).toEqual([
      "09:00",
      "10:00",
      "11:00",
    ]);
    expect(freeSlots([schedule()], rules({ horizonDays: 0 }), day(MONDAY, now))).toEqual([]);
  });

  it("covers exactly the clinic-local dates from..to", () => {
    const s = schedule({ weekly: [1, 2, 3].map((weekday) => hours(weekday, "23:00", "24:00")) });
    const query = { timeZone: LONDON, fromDate: TUESDAY, toDate: TUESDAY, now: EARLY };
    expect(freeSlots([s], rules(), query).map((slot) => slot.start.toISOString())).toEqual([
      "2027-03-02T23:00:00.000Z",
    ]);
    expect(freeSlots([s], rules(), { ...query, fromDate: MONDAY, toDate: "2027-03-03" })).toHaveLength(3);
    expect(freeSlots([s], rules(), { ...query, fromDate: TUESDAY, toDate: MONDAY })).toEqual([]);
  });

  it("reads local dates in the clinic's zone, not UTC", () => {
    // 00:30 on Tuesday in Kolkata is 19:00Z on Monday.
    const s = schedule({ weekly: [hours(2, "00:30", "01:30")] });
    const slots = freeSlots([s], rules(), { timeZone: "Asia/Kolkata", fromDate: TUESDAY, toDate: TUESDAY, now: EARLY });
    expect(slots.map((slot) => slot.start.toISOString())).toEqual(["2027-03-01T19:00:00.000Z"]);
  });

  it("sorts by start, then therapist id, without duplicates", () => {
    const b = schedule({ therapistId: "b", weekly: [hours(1, "09:00", "11:00")] });
    const a = schedule({ therapistId: "a", weekly: [hours(1, "09:30", "11:00")] });
    const slots = freeSlots([b, a, b], rules({ slotStepMinutes: 30 }), day(MONDAY));
    expect(slots.map((slot) => `${slot.start.toISOString().slice(11, 16)} ${slot.therapistId}`)).toEqual([
      "09:00 b",
      "09:30 a",
      "09:30 b",
      "10:00 a",
      "10:00 b",
    ]);
  });

  it("rejects rules that could loop forever or hide clashes, and an invalid now", () => {
    expect(() => freeSlots([schedule()], rules({ slotStepMinutes: 0 }), day(MONDAY))).toThrow(RangeError);
    expect(() => freeSlots([schedule()], rules({ minutes: 0 }), day(MONDAY))).toThrow(RangeError);
    expect(() => freeSlots([schedule()], rules({ bufferAfterMinutes: -5 }), day(MONDAY))).toThrow(RangeError);
    expect(() => freeSlots([schedule()], rules(), day(MONDAY, new Date(Number.NaN)))).toThrow(RangeError);
  });
});

describe("isSlotFree", () => {
  const s = schedule({ busy: [busy("2027-03-01T12:00:00Z", "2027-03-01T13:00:00Z")] });
  const check = (iso: string, r = rules(), now = EARLY) => isSlotFree(s, r, new Date(iso), LONDON, now);

  it("accepts a free start on the step grid", () => {
    expect(check("2027-03-01T09:00:00Z")).toBe(true);
    expect(check("2027-03-01T16:00:00Z")).toBe(true);
  });

  it("refuses starts off the grid, outside hours or running past the window", () => {
    expect(check("2027-03-01T09:30:00Z")).toBe(false);
    expect(check("2027-03-01T08:00:00Z")).toBe(false);
    expect(check("2027-03-01T16:00:00Z", rules({ minutes: 90 }))).toBe(false);
  });

  it("refuses a start whose blocked range meets busy time", () => {
    expect(check("2027-03-01T12:00:00Z")).toBe(false);
    expect(check("2027-03-01T11:00:00Z")).toBe(true);
    expect(check("2027-03-01T11:00:00Z", rules({ bufferAfterMinutes: 1 }))).toBe(false);
  });

  it("applies notice and horizon at their exact edges", () => {
    const now = new Date("2027-03-01T08:00:00Z");
    expect(check("2027-03-01T09:00:00Z", rules({ minNoticeMinutes: 60 }), now)).toBe(true);
    expect(check("2027-03-01T09:00:00Z", rules({ minNoticeMinutes: 61 }), now)).toBe(false);
    const dayBefore = new Date("2027-02-28T09:00:00Z");
    expect(check("2027-03-01T09:00:00Z", rules({ horizonDays: 1 }), dayBefore)).toBe(false);
    expect(check("2027-03-01T09:00:00Z", rules({ horizonDays: 1 }), new Date(dayBefore.getTime() + 1))).toBe(true);
  });
});

describe("performance", () => {
  it("handles 10 therapists × 31 days × 1,000 busy intervals well under 100 ms", () => {
    const from = Date.parse("2027-03-01T00:00:00Z");
    const schedules = Array.from({ length: 10 }, (_, t): TherapistSchedule => ({
      therapistId: `t${t}`,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => hours(weekday, "08:00", "20:00")),
      overrides: [override("2027-03-10", "time_off", "12:00", "14:00")],
      // 10–30 minute bookings roughly every 45 minutes around the clock, unsorted.
      busy: Array.from({ length: 1000 }, (_, i) => {
        const start = from + Math.round(i * 44.6 + ((i * 7919 + t * 104729) % 15)) * 60_000;
        return { start: new Date(start), end: new Date(start + (10 + ((i * 31) % 21)) * 60_000) };
      }).reverse(),
    }));
    const query = { timeZone: LONDON, fromDate: "2027-03-01", toDate: "2027-03-31", now: new Date(from - 60_000) };
    const slotRules = rules({ minutes: 20, slotStepMinutes: 5, bufferAfterMinutes: 5, horizonDays: 60 });
    // Warm up the JIT and Intl caches. Then time CPU rather than wall clock, best of
    // ten, so other processes competing for the machine cannot fail the test.
    freeSlots(schedules, slotRules, query);
    freeSlots(schedules, slotRules, query);
    const cpu: number[] = [];
    const wall: number[] = [];
    let slots: Slot[] = [];
    for (let run = 0; run < 10; run++) {
      const [cpuBefore, wallBefore] = [process.cpuUsage(), performance.now()];
      slots = freeSlots(schedules, slotRules, query);
      wall.push(performance.now() - wallBefore);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
    }
    const best = Math.min(...cpu);
    console.info(
      `freeSlots: ${slots.length} slots; CPU best ${best.toFixed(1)} ms; wall best ${Math.min(...wall).toFixed(1)} ms`,
    );
    expect(slots.length).toBeGreaterThan(1000);
    expect(best).toBeLessThan(100);
  });
});
