import { describe, expect, it } from "vitest";

import { datesToSearch, firstFreedStart, offeredHere } from "./match";

const at = (hhmm: string) => Date.parse(`2027-03-22T${hhmm}:00Z`);
const type = { minutes: 45, bufferBeforeMinutes: 0, bufferAfterMinutes: 15 };

describe("datesToSearch", () => {
  it("cuts the patient's range to the freed window's dates and to today", () => {
    expect(
      datesToSearch({ from: "2027-03-01", to: "2027-03-31" }, { from: "2027-03-22", to: "2027-03-22" }, "2027-03-10"),
    ).toEqual({ from: "2027-03-22", to: "2027-03-22" });
    expect(
      datesToSearch({ from: "2027-03-20", to: "2027-03-25" }, { from: "2027-03-18", to: "2027-03-30" }, "2027-03-21"),
    ).toEqual({ from: "2027-03-21", to: "2027-03-25" });
  });

  it("is null when the window falls outside the patient's dates or in the past", () => {
    expect(
      datesToSearch({ from: "2027-03-01", to: "2027-03-10" }, { from: "2027-03-22", to: "2027-03-22" }, "2027-03-01"),
    ).toBeNull();
    expect(
      datesToSearch({ from: "2027-03-01", to: "2027-03-31" }, { from: "2027-03-05", to: "2027-03-05" }, "2027-03-06"),
    ).toBeNull();
  });
});

describe("firstFreedStart", () => {
  const window = { from: new Date(at("10:00")), until: new Date(at("11:00")) };

  it("offers the freed time itself before a start that only reaches into it", () => {
    // 09:15 ends (with its clean-up) at 10:15, inside the freed hour; 10:00 lies wholly inside it.
    expect(firstFreedStart([at("08:00"), at("09:15"), at("10:00")], type, window, new Set())).toBe(at("10:00"));
  });

  it("offers a start that uses some of the freed time, not one that was free all along", () => {
    // 08:00 was free before; 09:15 reaches into the freed hour; nothing fits wholly inside it.
    expect(firstFreedStart([at("08:00"), at("09:15"), at("10:30")], type, window, new Set())).toBe(at("09:15"));
  });

  it("passes over a start ending exactly where the freed time begins", () => {
    expect(firstFreedStart([at("09:00"), at("10:00")], type, window, new Set())).toBe(at("10:00"));
  });

  it("passes over starts already offered to this patient or held for someone else", () => {
    expect(firstFreedStart([at("10:00"), at("10:30")], type, window, new Set([at("10:00")]))).toBe(at("10:30"));
    expect(firstFreedStart([at("10:00")], type, window, new Set([at("10:00")]))).toBeNull();
  });

  it("offers nothing when no free start touches the freed time", () => {
    expect(firstFreedStart([at("12:00"), at("13:00")], type, window, new Set())).toBeNull();
  });
});

describe("offeredHere", () => {
  const window = { from: new Date(at("10:00")), until: new Date(at("11:00")) };

  it("is true once the patient was offered a time in the freed stretch, so the time next door goes to someone else", () => {
    expect(offeredHere([at("10:00")], type, window)).toBe(true);
    expect(offeredHere([at("09:30")], type, window)).toBe(true);
  });

  it("is false for offers elsewhere", () => {
    expect(offeredHere([], type, window)).toBe(false);
    expect(offeredHere([at("08:00"), at("11:00")], type, window)).toBe(false);
  });
});
