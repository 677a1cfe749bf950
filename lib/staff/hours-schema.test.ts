import { describe, expect, it } from "vitest";

import { timeOffSchema, weeklyHoursSchema } from "./hours-schema";

const ID = "00000000-0000-4000-8000-000000000001";
const week = (monday: { start: string; end: string }[]) => ({
  therapistId: ID,
  days: [{ ranges: monday }, ...Array.from({ length: 6 }, () => ({ ranges: [] }))],
});

describe("weeklyHoursSchema", () => {
  it("puts 'end after start' on the range's end field", () => {
    const result = weeklyHoursSchema.safeParse(week([{ start: "12:00", end: "09:00" }]));
    expect(result.error?.issues).toMatchObject([
      { path: ["days", 0, "ranges", 0, "end"], message: "Enter an end time after the start (12:00)" },
    ]);
  });

  it("names the range an overlapping one runs into", () => {
    const result = weeklyHoursSchema.safeParse(
      week([
        { start: "13:00", end: "17:00" },
        { start: "08:00", end: "13:30" },
      ]),
    );
    expect(result.error?.issues).toMatchObject([
      { path: ["days", 0, "ranges", 0, "start"], message: "Overlaps 08:00–13:30; start at 13:30 or later" },
    ]);
  });

  it("accepts split days and 24:00 as an end, and refuses a time that is not one", () => {
    expect(
      weeklyHoursSchema.safeParse(
        week([
          { start: "08:00", end: "12:00" },
          { start: "13:00", end: "24:00" },
        ]),
      ).success,
    ).toBe(true);
    expect(weeklyHoursSchema.safeParse(week([{ start: "8am", end: "12:00" }])).error?.issues[0]?.path).toEqual([
      "days",
      0,
      "ranges",
      0,
      "start",
    ]);
  });
});

describe("timeOffSchema", () => {
  const off = { therapistId: ID, date: "2031-05-06", allDay: false, start: "10:00", end: "09:00", reason: "" };
  it("needs an end after the start unless the whole day is off", () => {
    expect(timeOffSchema.safeParse(off).error?.issues).toMatchObject([{ path: ["end"] }]);
    expect(timeOffSchema.safeParse({ ...off, allDay: true }).success).toBe(true);
    expect(timeOffSchema.safeParse({ ...off, start: "", end: "" }).error?.issues.map((i) => i.path[0])).toEqual([
      "start",
      "end",
    ]);
  });

  it("needs a real date", () => {
    expect(timeOffSchema.safeParse({ ...off, allDay: true, date: "2031-02-30" }).error?.issues[0]?.path).toEqual([
      "date",
    ]);
  });
});
