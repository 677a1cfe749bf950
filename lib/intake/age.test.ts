import { describe, expect, it } from "vitest";

import {
  ageFromAnswer,
  ageOn,
  birthDateWithAge,
  completedYears,
  lastBirthDateOlderThan,
  localDateParts,
  parseDate,
} from "./age";

const LONDON = "Europe/London";

describe("ageOn", () => {
  it("counts completed years: the day before a birthday, on it, and after", () => {
    const at = (iso: string) => ageOn("1985-03-14", new Date(iso), LONDON);
    expect(at("2026-03-13T12:00:00Z")).toBe(40);
    expect(at("2026-03-14T12:00:00Z")).toBe(41);
    expect(at("2026-12-31T12:00:00Z")).toBe(41);
  });

  it("reads the date in the clinic's zone, not in UTC", () => {
    // 00:30 on 14 June in London (BST) is still 13 June in UTC.
    expect(ageOn("2010-06-14", new Date("2026-06-13T23:30:00Z"), LONDON)).toBe(16);
    expect(ageOn("2010-06-14", new Date("2026-06-13T23:30:00Z"), "UTC")).toBe(15);
    // 12:30 UTC on 13 June is 00:30 on 14 June in Auckland (NZST, UTC+12).
    expect(ageOn("2010-06-14", new Date("2026-06-13T12:30:00Z"), "Pacific/Auckland")).toBe(16);
  });

  it("ages someone born on 29 February on 1 March in other years", () => {
    expect(ageOn("2012-02-29", new Date("2027-02-28T12:00:00Z"), LONDON)).toBe(14);
    expect(ageOn("2012-02-29", new Date("2027-03-01T12:00:00Z"), LONDON)).toBe(15);
    expect(ageOn("2012-02-29", new Date("2028-02-29T12:00:00Z"), LONDON)).toBe(16);
  });

  it("rejects a date that does not exist, a bad format and an unknown zone", () => {
    expect(() => ageOn("2027-02-29", new Date(), LONDON)).toThrow(RangeError);
    expect(() => ageOn("14/03/1985", new Date(), LONDON)).toThrow(RangeError);
    expect(() => ageOn("1985-03-14", new Date(), "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("dates", () => {
  it("parses only real YYYY-MM-DD dates", () => {
    expect(parseDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ["2027-02-29", "2027-13-01", "2027-04-31", "27-04-01", "2027-4-1", " 2027-04-01"]) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
  });

  it("gives the local date of an instant", () => {
    expect(localDateParts(new Date("2026-10-25T00:30:00Z"), LONDON)).toEqual({ year: 2026, month: 10, day: 25 });
    expect(localDateParts(new Date("2026-10-24T23:30:00Z"), LONDON)).toEqual({ year: 2026, month: 10, day: 25 });
    expect(localDateParts(new Date("2026-10-24T23:30:00Z"), "America/New_York")).toEqual({
      year: 2026,
      month: 10,
      day: 24,
    });
  });
});

describe("the age staff see and the oldest date of birth", () => {
  it("writes the date in words with the age on the clinic's calendar", () => {
    expect(birthDateWithAge("1985-03-14", new Date("2026-03-13T23:30:00Z"), LONDON)).toBe("14 March 1985 (age 40)");
    expect(birthDateWithAge("1985-03-14", new Date("2026-03-14T00:30:00Z"), LONDON)).toBe("14 March 1985 (age 41)");
  });

  it("reads the age from the boxes as typed, or not at all while they make no date", () => {
    const now = new Date("2026-06-15T09:00:00Z");
    expect(ageFromAnswer({ day: "14", month: "3", year: "1985" }, now, LONDON)).toBe(41);
    expect(ageFromAnswer({ day: "14", month: "", year: "1985" }, now, LONDON)).toBeUndefined();
  });

  it("finds the latest date of birth that makes someone older than an age, 29 February included", () => {
    for (const today of ["2026-06-15", "2028-02-29", "2027-03-01"]) {
      const on = parseDate(today)!;
      const last = lastBirthDateOlderThan(110, on);
      expect(completedYears(last, on), today).toBe(111);
      const next = parseDate(
        `${last.year}-${String(last.month).padStart(2, "0")}-${String(last.day + 1).padStart(2, "0")}`,
      ) ?? { year: last.year, month: last.month + 1, day: 1 };
      expect(completedYears(next, on), today).toBe(110);
    }
    expect(lastBirthDateOlderThan(110, parseDate("2028-02-29")!)).toEqual({ year: 1917, month: 2, day: 28 });
  });
});
