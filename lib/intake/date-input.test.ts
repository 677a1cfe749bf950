import { describe, expect, it } from "vitest";

import { dateParts, datePartsToMark, isBlankDate, readDate } from "./date-input";

describe("readDate", () => {
  const typed = (day: string, month: string, year: string) => readDate({ day, month, year });

  it("reads the boxes, or a stored date, as YYYY-MM-DD", () => {
    expect(typed("14", "3", "1985")).toEqual({ ok: true, date: "1985-03-14" });
    expect(typed("29", "February", "2024")).toEqual({ ok: true, date: "2024-02-29" });
    expect(typed("1", "sept", "2027")).toEqual({ ok: true, date: "2027-09-01" });
    expect(readDate("1985-03-14")).toEqual({ ok: true, date: "1985-03-14" });
  });

  it("names the boxes left empty, in day, month, year order", () => {
    expect(typed("", "", "")).toEqual({ ok: false, problem: { kind: "empty" } });
    expect(typed("14", "", "1985")).toEqual({ ok: false, problem: { kind: "missing", parts: ["month"] } });
    expect(typed("", " ", "1985")).toEqual({ ok: false, problem: { kind: "missing", parts: ["day", "month"] } });
  });

  it("names the boxes that make no date, the day when the month has fewer days", () => {
    expect(typed("32", "13", "1985")).toEqual({ ok: false, problem: { kind: "not_real", parts: ["day", "month"] } });
    expect(typed("14", "3", "19x5")).toEqual({ ok: false, problem: { kind: "not_real", parts: ["year"] } });
    expect(typed("29", "2", "2023")).toEqual({ ok: false, problem: { kind: "not_real", parts: ["day"] } });
    expect(typed("14", "Ma", "1985")).toEqual({ ok: false, problem: { kind: "not_real", parts: ["month"] } });
    expect(readDate("14/03/1985")).toEqual({
      ok: false,
      problem: { kind: "not_real", parts: ["day", "month", "year"] },
    });
  });

  it("wants a year of 4 numbers", () => {
    expect(typed("14", "3", "85")).toEqual({ ok: false, problem: { kind: "short_year" } });
    expect(datePartsToMark({ day: "14", month: "3", year: "85" })).toEqual(["year"]);
  });
});

describe("the boxes a draft keeps", () => {
  it("are shown as typed, and a stored date without leading zeros", () => {
    expect(dateParts({ day: "14", month: "", year: "1985" })).toEqual({ day: "14", month: "", year: "1985" });
    expect(dateParts("1985-03-04")).toEqual({ day: "4", month: "3", year: "1985" });
    expect(dateParts(undefined)).toEqual({ day: "", month: "", year: "" });
  });

  it("count as unanswered only when every box is blank", () => {
    expect(isBlankDate({ day: " ", month: "", year: "" })).toBe(true);
    expect(isBlankDate({ day: "1", month: "", year: "" })).toBe(false);
    expect(isBlankDate("")).toBe(true);
  });

  it("mark the boxes at fault, or all three when the date itself is refused", () => {
    expect(datePartsToMark({ day: "14", month: "", year: "" })).toEqual(["month", "year"]);
    expect(datePartsToMark({ day: "14", month: "3", year: "2090" })).toEqual(["day", "month", "year"]);
  });
});
