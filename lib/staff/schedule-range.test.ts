import { describe, expect, it } from "vitest";

import { localDateOf } from "@/lib/calendar/dates";

import { canMarkAttendance, scheduleRange, shiftDate } from "./schedule-range";
import { intakeStatusLabel, scheduleHref, scheduleParamsSchema } from "./schedule-schemas";

const LONDON = "Europe/London";
const HOUR = 3_600_000;

describe("scheduleRange", () => {
  it("a week runs Monday to Monday in the clinic's zone", () => {
    const range = scheduleRange("week", "2026-12-02", LONDON); // a Wednesday, GMT
    expect(range.days).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(range.from.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-12-07T00:00:00.000Z");
  });

  it("a week over the October clock change (BST → GMT) lasts 169 hours", () => {
    const range = scheduleRange("week", "2026-10-25", LONDON); // Sunday: the clocks go back at 02:00 BST
    expect(range.days[0]).toBe("2026-10-19");
    expect(range.days.at(-1)).toBe("2026-10-25");
    expect(range.from.toISOString()).toBe("2026-10-18T23:00:00.000Z"); // Monday 00:00 BST
    expect(range.to.toISOString()).toBe("2026-10-26T00:00:00.000Z"); // Monday 00:00 GMT
    expect(range.to.getTime() - range.from.getTime()).toBe(169 * HOUR);
  });

  it("a week over the March clock change (GMT → BST) lasts 167 hours", () => {
    const range = scheduleRange("week", "2026-03-23", LONDON);
    expect(range.from.toISOString()).toBe("2026-03-23T00:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(range.to.getTime() - range.from.getTime()).toBe(167 * HOUR);
  });

  it("the day the clocks go back has 25 hours, and a late booking that day stays on it", () => {
    const range = scheduleRange("day", "2026-10-25", LONDON);
    expect(range.days).toEqual(["2026-10-25"]);
    expect(range.to.getTime() - range.from.getTime()).toBe(25 * HOUR);
    expect(localDateOf(new Date("2026-10-25T23:30:00Z"), LONDON)).toBe("2026-10-25");
    expect(localDateOf(new Date("2026-10-24T23:30:00Z"), LONDON)).toBe("2026-10-25"); // 00:30 BST
  });

  it("uses the zone it is given, not the server's", () => {
    const range = scheduleRange("day", "2026-12-01", "America/New_York");
    expect(range.from.toISOString()).toBe("2026-12-01T05:00:00.000Z");
  });
});

describe("moving between days and weeks", () => {
  it("moves a week (to its Monday) or a day back and forward", () => {
    expect(shiftDate("week", "2026-12-02", -1)).toBe("2026-11-23");
    expect(shiftDate("week", "2026-12-02", 1)).toBe("2026-12-07");
    expect(shiftDate("week", "2026-12-06", 1)).toBe("2026-12-07"); // a Sunday's next week
    expect(shiftDate("day", "2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDate("day", "2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("canMarkAttendance", () => {
  const now = new Date("2026-12-01T09:00:00Z");
  it("allows an appointment that has started", () => {
    expect(canMarkAttendance(new Date("2026-11-20T10:00:00Z"), now, LONDON)).toBe(true);
    expect(canMarkAttendance(now, now, LONDON)).toBe(true);
  });
  it("allows a later appointment on the same local day", () => {
    expect(canMarkAttendance(new Date("2026-12-01T23:30:00Z"), now, LONDON)).toBe(true);
  });
  it("refuses one on a later day", () => {
    expect(canMarkAttendance(new Date("2026-12-02T00:00:00Z"), now, LONDON)).toBe(false);
    // In summer, 23:30 UTC is already tomorrow in London.
    expect(canMarkAttendance(new Date("2026-07-01T23:30:00Z"), new Date("2026-07-01T09:00:00Z"), LONDON)).toBe(false);
  });
});

describe("schedule URL and labels", () => {
  it("reads the view from the URL and drops what is malformed", () => {
    expect(scheduleParamsSchema.parse({ view: "week", date: "2026-12-01" })).toEqual({
      view: "week",
      date: "2026-12-01",
    });
    expect(scheduleParamsSchema.parse({ view: "month", date: "2026-02-30", therapist: "x" })).toEqual({
      view: undefined,
      date: undefined,
      therapist: undefined,
    });
  });

  it("writes the view back into a URL", () => {
    expect(scheduleHref({ view: "day", date: "2026-12-01" })).toBe("/staff/schedule?view=day&date=2026-12-01");
  });

  it("names where a questionnaire stands", () => {
    expect(intakeStatusLabel({ kind: "none" })).toBe("No questionnaire yet");
    expect(intakeStatusLabel({ kind: "draft", step: "C" })).toBe("Draft (step C)");
    expect(intakeStatusLabel({ kind: "submitted", intakeId: "x", disposition: "urgent" })).toBe("Submitted");
  });
});
