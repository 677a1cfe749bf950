import { afterEach, describe, expect, it } from "vitest";

import {
  addDays,
  instantAt,
  isCalendarDate,
  localDateOf,
  localDateRange,
  localMidnight,
  todayIn,
  weekOf,
  weekStart,
  weekdayOf,
} from "./dates";

const HOUR = 3_600_000;
const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
const LORD_HOWE = "Australia/Lord_Howe"; // half-hour DST: +10:30 in winter, +11 in summer

const iso = (instant: Date) => instant.toISOString();
const dayLength = (date: string, timeZone: string) => {
  const { from, to } = localDateRange(date, date, timeZone);
  return (to.getTime() - from.getTime()) / HOUR;
};

describe("calendar dates", () => {
  it("accepts only real dates written YYYY-MM-DD", () => {
    for (const good of ["2026-12-01", "2028-02-29", "2000-02-29", "0099-01-01", "9999-12-31"])
      expect(isCalendarDate(good), good).toBe(true);
    for (const bad of [
      "2026-02-30",
      "2027-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-00-10",
      "2026-04-31",
      "2026-12-1",
      "tomorrow",
      " 2026-12-01",
      "",
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it("adds days across months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-03-29", 0)).toBe("2026-03-29");
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("finds the weekday, the Monday and the seven days of any date's week", () => {
    expect(weekdayOf("2026-11-30")).toBe(1);
    expect(weekdayOf("2026-12-06")).toBe(7);
    expect(weekStart("2026-11-30")).toBe("2026-11-30");
    expect(weekStart("2026-12-06")).toBe("2026-11-30"); // Sunday belongs to the week before
    expect(weekStart("2027-01-01")).toBe("2026-12-28");
    expect(weekOf("2026-12-02")).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
  });
});

describe("local midnight and the length of a day", () => {
  it.each([
    // Europe/London: 01:00 GMT → 02:00 BST on 29 March 2026, 02:00 BST → 01:00 GMT on 25 October.
    [LONDON, "2026-03-28", "2026-03-28T00:00:00.000Z", 24],
    [LONDON, "2026-03-29", "2026-03-29T00:00:00.000Z", 23],
    [LONDON, "2026-03-30", "2026-03-29T23:00:00.000Z", 24],
    [LONDON, "2026-10-25", "2026-10-24T23:00:00.000Z", 25],
    [LONDON, "2026-10-26", "2026-10-26T00:00:00.000Z", 24],
    // America/New_York: 02:00 → 03:00 on 8 March 2026, 02:00 → 01:00 on 1 November.
    [NEW_YORK, "2026-03-08", "2026-03-08T05:00:00.000Z", 23],
    [NEW_YORK, "2026-11-01", "2026-11-01T04:00:00.000Z", 25],
    // Lord Howe Island moves its clocks by half an hour: 02:00 → 02:30 on 4 October, 02:00 → 01:30 on 5 April.
    [LORD_HOWE, "2026-10-04", "2026-10-03T13:30:00.000Z", 23.5],
    [LORD_HOWE, "2026-04-05", "2026-04-04T13:00:00.000Z", 24.5],
  ])("%s %s starts at %s and lasts %d hours", (timeZone, date, midnight, hours) => {
    expect(iso(localMidnight(date, timeZone))).toBe(midnight);
    expect(dayLength(date, timeZone)).toBe(hours);
    expect(localDateOf(localMidnight(date, timeZone), timeZone)).toBe(date);
    expect(localDateOf(new Date(localMidnight(date, timeZone).getTime() - 1), timeZone)).toBe(addDays(date, -1));
  });

  it("starts a day whose midnight the clocks skip when they jump (Santiago, 6 September 2026)", () => {
    // 24:00 on the 5th becomes 01:00 on the 6th: the 6th begins at 01:00 -03.
    expect(iso(localMidnight("2026-09-06", "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z");
    expect(dayLength("2026-09-06", "America/Santiago")).toBe(23);
    expect(localDateOf(new Date("2026-09-06T03:59:59Z"), "America/Santiago")).toBe("2026-09-05");
  });

  it("starts a day whose midnight happens twice at the first of them (Havana, 1 November 2026)", () => {
    // 01:00 CDT becomes 00:00 CST: the hour after midnight repeats, and the day has 25 hours.
    expect(iso(localMidnight("2026-11-01", "America/Havana"))).toBe("2026-11-01T04:00:00.000Z");
    expect(dayLength("2026-11-01", "America/Havana")).toBe(25);
    expect(localDateOf(new Date("2026-11-01T05:00:00Z"), "America/Havana")).toBe("2026-11-01"); // the second 00:00
  });

  it("spans whole local days, the last one included", () => {
    const week = localDateRange("2026-10-19", "2026-10-25", LONDON);
    expect([iso(week.from), iso(week.to)]).toEqual(["2026-10-18T23:00:00.000Z", "2026-10-26T00:00:00.000Z"]);
    expect(week.to.getTime() - week.from.getTime()).toBe(169 * HOUR);
  });
});

describe("the local date of an instant", () => {
  it("reads the zone's calendar, not UTC's", () => {
    expect(localDateOf(new Date("2026-06-13T23:30:00Z"), LONDON)).toBe("2026-06-14"); // 00:30 BST
    expect(localDateOf(new Date("2026-06-13T23:30:00Z"), "UTC")).toBe("2026-06-13");
    expect(localDateOf(new Date("2026-06-13T12:30:00Z"), "Pacific/Auckland")).toBe("2026-06-14");
    expect(localDateOf(new Date("2026-06-14T03:30:00Z"), NEW_YORK)).toBe("2026-06-13");
  });

  it("stays on the same date through the skipped hour and both runs of the repeated hour", () => {
    for (const at of [
      "2026-03-29T00:59:59Z",
      "2026-03-29T01:00:00Z",
      "2026-10-25T00:30:00Z",
      "2026-10-25T01:30:00Z",
      "2026-10-25T23:59:59Z",
    ]) {
      expect(localDateOf(new Date(at), LONDON), at).toBe(at.slice(0, 10));
    }
    expect(localDateOf(new Date("2026-10-24T23:00:00Z"), LONDON)).toBe("2026-10-25"); // 00:00 BST
    expect(localDateOf(new Date("2026-10-24T22:59:59Z"), LONDON)).toBe("2026-10-24");
    // 01:30 EDT and 01:30 EST on 1 November.
    expect(localDateOf(new Date("2026-11-01T05:30:00Z"), NEW_YORK)).toBe("2026-11-01");
    expect(localDateOf(new Date("2026-11-01T06:30:00Z"), NEW_YORK)).toBe("2026-11-01");
    expect(localDateOf(new Date("2026-03-08T04:59:59Z"), NEW_YORK)).toBe("2026-03-07");
  });

  it("gives today in the zone, and refuses an invalid instant or an unknown zone", () => {
    expect(todayIn(LONDON, new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-25");
    expect(todayIn(NEW_YORK, new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-24");
    expect(todayIn("UTC")).toBe(new Date().toISOString().slice(0, 10));
    expect(() => localDateOf(new Date(Number.NaN), LONDON)).toThrow(RangeError);
    expect(() => localDateOf(new Date(), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("a wall-clock time on a date", () => {
  it("maps a skipped time to the moment the clocks jump and a repeated one to its first run", () => {
    expect(iso(instantAt("2026-03-29", 90, LONDON))).toBe("2026-03-29T01:00:00.000Z"); // 01:30 does not exist
    expect(iso(instantAt("2026-10-25", 90, LONDON))).toBe("2026-10-25T00:30:00.000Z"); // 01:30 BST, not GMT
    expect(iso(instantAt("2026-03-08", 150, NEW_YORK))).toBe("2026-03-08T07:00:00.000Z");
    expect(iso(instantAt("2026-11-01", 90, NEW_YORK))).toBe("2026-11-01T05:30:00.000Z");
    expect(iso(instantAt("2026-10-04", 135, LORD_HOWE))).toBe("2026-10-03T15:30:00.000Z"); // 02:15 → 02:30 +11
    expect(iso(instantAt("2026-04-05", 105, LORD_HOWE))).toBe("2026-04-04T14:45:00.000Z"); // 01:45 +11
    expect(iso(instantAt("2026-06-01", 1440, LONDON))).toBe(iso(localMidnight("2026-06-02", LONDON)));
  });
});

describe("the process time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    // Assigning undefined would set the string "undefined".
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const zones = [LONDON, NEW_YORK, LORD_HOWE, "America/Santiago", "America/Havana", "Asia/Kolkata"];
  const dates = [
    "2026-03-08",
    "2026-03-29",
    "2026-04-04",
    "2026-04-05",
    "2026-09-06",
    "2026-10-04",
    "2026-10-25",
    "2026-11-01",
  ];
  const everything = () =>
    zones.flatMap((timeZone) =>
      dates.flatMap((date) => {
        const { from, to } = localDateRange(date, date, timeZone);
        const hourly = Array.from({ length: 26 }, (_, h) => localDateOf(new Date(from.getTime() + h * HOUR), timeZone));
        return [iso(from), iso(to), iso(instantAt(date, 90, timeZone)), ...hourly];
      }),
    );

  it("never changes a midnight or a date (Santiago's own clock change falls on Lord Howe's 5 April)", () => {
    process.env.TZ = "UTC";
    const baseline = everything();
    for (const [zone, offset] of [
      ["America/Santiago", 180],
      ["Australia/Lord_Howe", -660],
      ["Asia/Kolkata", -330],
    ] as const) {
      process.env.TZ = zone;
      // Proves the switch took effect, so the comparison is not vacuous.
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
      expect(everything()).toEqual(baseline);
    }
  });
});
