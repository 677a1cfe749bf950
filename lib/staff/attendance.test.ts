import { describe, expect, it } from "vitest";

import { clinicTotals, firstOfMonthBefore, missedRate, monthInWords, percent } from "./attendance";

describe("the attendance report's arithmetic", () => {
  it("finds the first day of a month some months back, across years", () => {
    expect(firstOfMonthBefore("2027-03-15", 0)).toBe("2027-03-01");
    expect(firstOfMonthBefore("2027-03-15", 11)).toBe("2026-04-01");
    expect(firstOfMonthBefore("2027-01-31", 1)).toBe("2026-12-01");
  });

  it("counts no-shows and late cancellations together as missed, and says 0% for an empty month", () => {
    expect(missedRate({ appointments: 40, noShows: 3, lateCancellations: 1 })).toBe(0.1);
    expect(percent(missedRate({ appointments: 30, noShows: 2, lateCancellations: 0 }))).toBe("6.7%");
    expect(missedRate({ appointments: 0, noShows: 0, lateCancellations: 0 })).toBe(0);
  });

  it("adds every therapist's month into the clinic's, newest month first", () => {
    const rows = [
      { month: "2027-02", therapistName: "Maya", appointments: 10, noShows: 1, lateCancellations: 0 },
      { month: "2027-03", therapistName: "Maya", appointments: 12, noShows: 0, lateCancellations: 1 },
      { month: "2027-03", therapistName: "Tom", appointments: 8, noShows: 2, lateCancellations: 0 },
    ];
    expect(clinicTotals(rows)).toEqual([
      { month: "2027-03", therapistName: "All therapists", appointments: 20, noShows: 2, lateCancellations: 1 },
      { month: "2027-02", therapistName: "All therapists", appointments: 10, noShows: 1, lateCancellations: 0 },
    ]);
    expect(monthInWords("2027-03")).toBe("March 2027");
  });
});
