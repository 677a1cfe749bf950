import { afterEach, describe, expect, it } from "vitest";

import {
  formatSlotForZone,
  freeSlots,
  isSlotFree,
  workingWindows,
  type DatedOverride,
  type SlotRules,
  type TherapistSchedule,
} from "./availability";

// Europe/London in 2027: clocks go forward 01:00 GMT → 02:00 BST on Sunday 28 March
// and back 02:00 BST → 01:00 GMT on Sunday 31 October.
const LONDON = "Europe/London";
const SPRING = "2027-03-28";
const AUTUMN = "2027-10-31";
const NOW = new Date("2027-01-01T00:00:00Z");

const hourly: SlotRules = {
  minutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 0,
  horizonDays: 400,
  slotStepMinutes: 60,
};
const sundays = (
  therapistId: string,
  startMinutes: number,
  endMinutes: number,
  overrides: DatedOverride[] = [],
): TherapistSchedule => ({
  therapistId,
  weekly: [{ weekday: 7, startMinutes, endMinutes }],
  overrides,
  busy: [],
});
const daytime = sundays("day", 9 * 60, 17 * 60);
const night = sundays("night", 0, 4 * 60);
const on = (date: string, schedule: TherapistSchedule, rules = hourly) =>
  freeSlots([schedule], rules, { timeZone: LONDON, fromDate: date, toDate: date, now: NOW });
const isoStarts = (slots: { start: Date }[]) => slots.map((slot) => slot.start.toISOString().replace(":00.000", ""));
const localStarts = (slots: { start: Date }[]) =>
  slots.map((slot) => formatSlotForZone(slot.start, LONDON).split(", ")[1]);
const hoursLong = (date: string, schedule: TherapistSchedule) =>
  workingWindows(schedule, date, LONDON).reduce((sum, w) => sum + (w.end.getTime() - w.start.getTime()) / 3_600_000, 0);

describe("a Sunday 09:00–17:00 therapist around the 2027 London clock changes", () => {
  it.each([
    ["2027-03-21", "a week before spring-forward", "2027-03-21T09:00Z", "2027-03-21T16:00Z"],
    [SPRING, "spring-forward day", "2027-03-28T08:00Z", "2027-03-28T15:00Z"],
    ["2027-04-04", "a week after spring-forward", "2027-04-04T08:00Z", "2027-04-04T15:00Z"],
    ["2027-10-24", "a week before fall-back", "2027-10-24T08:00Z", "2027-10-24T15:00Z"],
    [AUTUMN, "fall-back day", "2027-10-31T09:00Z", "2027-10-31T16:00Z"],
    ["2027-11-07", "a week after fall-back", "2027-11-07T09:00Z", "2027-11-07T16:00Z"],
  ])("%s (%s): 09:00 local is %s, eight hourly slots", (date, _label, first, last) => {
    const slots = on(date, daytime);
    expect(slots).toHaveLength(8);
    expect(isoStarts(slots)[0]).toBe(first);
    expect(isoStarts(slots).at(-1)).toBe(last);
    expect(localStarts(slots)[0]).toBe("9:00");
    expect(hoursLong(date, daytime)).toBe(8);
  });
});

describe("a Sunday 00:00–04:00 therapist across the gap and the overlap", () => {
  it.each([
    ["2027-03-21", 4],
    [SPRING, 3],
    ["2027-04-04", 4],
    ["2027-10-24", 4],
    [AUTUMN, 5],
    ["2027-11-07", 4],
  ])("%s: the window lasts %i real hours", (date, hours) => {
    expect(hoursLong(date, night)).toBe(hours);
    expect(on(date, night)).toHaveLength(hours);
  });

  it("skips the missing hour on spring-forward day", () => {
    const slots = on(SPRING, night);
    expect(isoStarts(slots)).toEqual(["2027-03-28T00:00Z", "2027-03-28T01:00Z", "2027-03-28T02:00Z"]);
    expect(localStarts(slots)).toEqual(["0:00", "2:00", "3:00"]);
  });

  it("offers the repeated hour twice on fall-back day", () => {
    const slots = on(AUTUMN, night);
    expect(isoStarts(slots)).toEqual([
      "2027-10-30T23:00Z",
      "2027-10-31T00:00Z",
      "2027-10-31T01:00Z",
      "2027-10-31T02:00Z",
      "2027-10-31T03:00Z",
    ]);
    expect(localStarts(slots)).toEqual(["0:00", "1:00", "1:00", "2:00", "3:00"]);
  });

  it("steps in real elapsed minutes, not wall-clock minutes", () => {
    const slots = on(SPRING, night, { ...hourly, minutes: 45, slotStepMinutes: 45 });
    expect(isoStarts(slots)).toEqual([
      "2027-03-28T00:00Z",
      "2027-03-28T00:45Z",
      "2027-03-28T01:30Z",
      "2027-03-28T02:15Z",
    ]);
    expect(localStarts(slots)).toEqual(["0:00", "0:45", "2:30", "3:15"]);
  });

  it("checks both 01:00s of fall-back day on their own", () => {
    const firstOne = new Date("2027-10-31T00:00:00Z");
    const secondOne = new Date("2027-10-31T01:00:00Z");
    const booked = { ...night, busy: [{ start: firstOne, end: secondOne }] };
    expect(isSlotFree(night, hourly, firstOne, LONDON, NOW)).toBe(true);
    expect(isSlotFree(booked, hourly, firstOne, LONDON, NOW)).toBe(false);
    expect(isSlotFree(booked, hourly, secondOne, LONDON, NOW)).toBe(true);
  });
});

describe("local times that do not exist or happen twice", () => {
  const window = (date: string, schedule: TherapistSchedule) =>
    workingWindows(schedule, date, LONDON).map((w) => `${w.start.toISOString()} ${w.end.toISOString()}`);

  it("maps a skipped start forward to the moment the clocks jump", () => {
    expect(window(SPRING, sundays("x", 90, 180))).toEqual(["2027-03-28T01:00:00.000Z 2027-03-28T02:00:00.000Z"]);
  });

  it("drops hours that lie wholly in the gap", () => {
    expect(window(SPRING, sundays("x", 60, 120))).toEqual([]);
  });

  it("lets time off starting in the gap cover the real time after it", () => {
    const off = sundays("x", 0, 240, [{ date: SPRING, kind: "time_off", startMinutes: 90, endMinutes: 150 }]);
    // 00:00–01:00 GMT, then 02:30–04:00 BST.
    expect(window(SPRING, off)).toEqual([
      "2027-03-28T00:00:00.000Z 2027-03-28T01:00:00.000Z",
      "2027-03-28T01:30:00.000Z 2027-03-28T03:00:00.000Z",
    ]);
  });

  it("joins hours separated only by skipped minutes into one window", () => {
    const split = {
      ...sundays("x", 0, 0),
      weekly: [
        { weekday: 7, startMinutes: 0, endMinutes: 90 },
        { weekday: 7, startMinutes: 105, endMinutes: 240 },
      ],
    };
    expect(window(SPRING, split)).toEqual(["2027-03-28T00:00:00.000Z 2027-03-28T03:00:00.000Z"]);
    expect(isoStarts(on(SPRING, split, { ...hourly, slotStepMinutes: 30 }))).toContain("2027-03-28T00:30Z");
  });

  it("takes the earlier instant of a repeated time", () => {
    expect(window(AUTUMN, sundays("x", 90, 180))).toEqual(["2027-10-31T00:30:00.000Z 2027-10-31T03:00:00.000Z"]);
  });

  it("removes both runs of the repeated hour with time off 01:00–02:00", () => {
    const off = sundays("x", 0, 240, [{ date: AUTUMN, kind: "time_off", startMinutes: 60, endMinutes: 120 }]);
    expect(window(AUTUMN, off)).toEqual([
      "2027-10-30T23:00:00.000Z 2027-10-31T00:00:00.000Z",
      "2027-10-31T02:00:00.000Z 2027-10-31T04:00:00.000Z",
    ]);
  });
});

describe("formatSlotForZone", () => {
  const tuesdayNine = { ...sundays("x", 0, 0), weekly: [{ weekday: 2, startMinutes: 9 * 60, endMinutes: 10 * 60 }] };
  const nineOn = (date: string) => on(date, tuesdayNine)[0]!.start;

  it("shows a London 09:00 winter slot to a patient in Kolkata as 14:30", () => {
    expect(formatSlotForZone(nineOn("2027-03-02"), "Asia/Kolkata")).toBe("Tuesday 2 March, 14:30");
    expect(formatSlotForZone(nineOn("2027-03-02"), LONDON)).toBe("Tuesday 2 March, 9:00");
  });

  it("shows a London 09:00 summer slot to a patient in Kolkata as 13:30", () => {
    expect(formatSlotForZone(nineOn("2027-07-06"), "Asia/Kolkata")).toBe("Tuesday 6 July, 13:30");
    expect(formatSlotForZone(nineOn("2027-07-06"), LONDON)).toBe("Tuesday 6 July, 9:00");
  });
});

describe("the process time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would set the string "undefined".
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  /** Everything the engine computes for a mixed set of clinics and dates, as plain text. */
  const everything = () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      startMinutes: 8 * 60,
      endMinutes: 20 * 60 + 30,
    }));
    const mixed = [daytime, night, { ...sundays("daily", 0, 0), weekly: everyDay }];
    const rules = { ...hourly, minutes: 45, slotStepMinutes: 20, bufferAfterMinutes: 10, minNoticeMinutes: 90 };
    return ["Europe/London", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe"].flatMap((timeZone) =>
      [
        ["2027-03-20", "2027-04-05"],
        ["2027-10-23", "2027-11-08"],
      ].map(([fromDate, toDate]) => {
        const slots = freeSlots(mixed, rules, { timeZone, fromDate: fromDate!, toDate: toDate!, now: NOW });
        return JSON.stringify({
          slots: slots.map((slot) => [
            slot.start.toISOString(),
            slot.therapistId,
            formatSlotForZone(slot.start, timeZone),
          ]),
          windows: workingWindows(night, AUTUMN, timeZone),
          free: slots.slice(0, 20).map((slot) => isSlotFree(mixed[2]!, rules, slot.start, timeZone, NOW)),
        });
      }),
    );
  };

  it("gives identical results in Asia/Kolkata (+05:30) and America/St_Johns (−03:30)", () => {
    process.env.TZ = "UTC";
    const baseline = everything();
    expect(baseline.join("").length).toBeGreaterThan(10_000);
    for (const [zone, offset] of [
      ["Asia/Kolkata", -330],
      ["America/St_Johns", 210],
    ] as const) {
      process.env.TZ = zone;
      // Proves the switch took effect, so the comparison is not vacuous.
      expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(offset);
      expect(everything()).toEqual(baseline);
    }
  });
});
