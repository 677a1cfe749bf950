import { describe, expect, it } from "vitest";

import { DAY_MS, formatLocalDate, isoInstant } from "./local-time";

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
