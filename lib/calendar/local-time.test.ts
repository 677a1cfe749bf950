import { describe, expect, it } from "vitest";

import {
  DAY_MS,
  formatLocalDate,
  isoInstant,
  isoWeekday,
  localDayIndexer,
  localDayOf,
  parseLocalDate,
  wallMs,
  wallToInstant,
} from "./local-time";

// Both replace Date#toISOString on hot paths, so they must agree with it exactly.
describe("formatLocalDate and isoInstant", () => {
  it("write what Date#toISOString writes, across centuries and leap days", () => {
    for (let day = -720_000; day < 2_930_000; day += 97) {
      expect(formatLocalDate(day)).toBe(new Date(day * DAY_MS).toISOString().slice(0, 10));
    }
    for (const date of ["2000-02-29", "1900-03-01", "2024-02-29", "2100-03-01", "1970-01-01", "9999-12-31"]) {
      expect(formatLocalDate(Date.parse(date) / DAY_MS)).toBe(date);
    }
    for (let i = 0; i < 20_000; i++) {
      const instant = Math.floor((Math.random() - 0.2) * 2e13);
      expect(isoInstant(instant)).toBe(new Date(instant).toISOString());
    }
  });

  it("still refuses a day that is not a number", () => {
    expect(() => formatLocalDate(Number.NaN)).toThrow(RangeError);
  });
});

describe("parseLocalDate", () => {
  it("is the inverse of formatLocalDate for every day from year 0 to 9999", () => {
    for (let day = -719_528; day < 2_932_897; day += 13) expect(parseLocalDate(formatLocalDate(day))).toBe(day);
    // Not 1999, as Date.UTC would read it.
    const year99 = new Date(0);
    year99.setUTCFullYear(99, 0, 1);
    expect(parseLocalDate("0099-01-01")).toBe(year99.getTime() / DAY_MS);
  });

  it("refuses dates that do not exist and other text", () => {
    for (const bad of ["2027-02-29", "2026-04-31", "2026-13-01", "2026-01-00", "2026-1-01", "2026-01-01T00:00", ""]) {
      expect(() => parseLocalDate(bad), bad).toThrow(RangeError);
    }
  });

  it("numbers weekdays the ISO way", () => {
    expect(isoWeekday(parseLocalDate("1970-01-01"))).toBe(4);
    expect(isoWeekday(parseLocalDate("2026-11-30"))).toBe(1);
    expect(isoWeekday(parseLocalDate("1969-12-28"))).toBe(7);
  });
});

describe("wallToInstant", () => {
  const at = (date: string, minutes: number, zone: string) =>
    new Date(wallToInstant(wallMs(parseLocalDate(date), minutes), zone)).toISOString();

  it("is monotonic through a gap and a repeat, so a later reading is never an earlier instant", () => {
    for (const [zone, date] of [
      ["Europe/London", "2027-03-28"],
      ["Europe/London", "2027-10-31"],
      ["America/New_York", "2027-03-14"],
      ["America/New_York", "2027-11-07"],
      ["Australia/Lord_Howe", "2027-04-04"],
      ["Australia/Lord_Howe", "2027-10-03"],
    ] as const) {
      let previous = -Infinity;
      for (let minutes = 0; minutes <= 1440; minutes += 5) {
        const instant = Date.parse(at(date, minutes, zone));
        expect(instant, `${zone} ${date} +${minutes}`).toBeGreaterThanOrEqual(previous);
        previous = instant;
      }
    }
  });

  it("refuses an unknown zone", () => {
    expect(() => wallToInstant(0, "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("localDayIndexer", () => {
  it("agrees with localDayOf every 15 minutes across both 2027 clock changes and in a half-hour zone", () => {
    for (const [zone, from] of [
      ["Europe/London", Date.UTC(2027, 2, 25)],
      ["Europe/London", Date.UTC(2027, 9, 28)],
      ["Asia/Kolkata", Date.UTC(2027, 2, 25)],
      ["Australia/Lord_Howe", Date.UTC(2027, 3, 1)],
    ] as const) {
      const to = from + 7 * DAY_MS;
      const dayOf = localDayIndexer(from, to, zone);
      for (let t = from - DAY_MS; t < to + 2 * DAY_MS; t += 15 * 60_000)
        expect(dayOf(t), `${zone} ${new Date(t).toISOString()}`).toBe(localDayOf(t, zone));
    }
  });
});
