import { describe, expect, it } from "vitest";

import { chooseWeek } from "./week-view";

// Thursday 3 December 2026; its week runs Monday 30 November to Sunday 6 December.
const today = "2026-12-03";
const horizonEnd = "2027-01-31";

describe("chooseWeek", () => {
  it("shows this week from today on: no day that has passed, and no earlier week", () => {
    const week = chooseWeek({ today, horizonEnd });
    expect(week.dates).toEqual(["2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    expect(week.previousWeek).toBeNull();
    expect(week.nextWeek).toBe("2026-12-07");
  });

  it("opens the week holding the first free time when no week was asked for", () => {
    const week = chooseWeek({ today, horizonEnd, firstFree: "2026-12-07" });
    expect(week.dates).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
      "2026-12-10",
      "2026-12-11",
      "2026-12-12",
      "2026-12-13",
    ]);
    expect(week.previousWeek).toBe("2026-11-30");
    expect(week.nextWeek).toBe("2026-12-14");
  });

  it("keeps the week the address asks for, whatever the first free time", () => {
    expect(chooseWeek({ today, horizonEnd, requested: "2026-12-16", firstFree: "2026-12-07" }).monday).toBe(
      "2026-12-14",
    );
    expect(chooseWeek({ today, horizonEnd, requested: "2026-12-01", firstFree: "2026-12-07" }).dates[0]).toBe(today);
  });

  it("never goes back before this week, even for an old link", () => {
    const week = chooseWeek({ today, horizonEnd, requested: "2026-11-10" });
    expect(week.monday).toBe("2026-11-30");
    expect(week.dates[0]).toBe(today);
    expect(week.previousWeek).toBeNull();
  });

  it("offers no later week past the booking horizon", () => {
    expect(chooseWeek({ today, horizonEnd: "2026-12-06" }).nextWeek).toBeNull();
    expect(chooseWeek({ today, horizonEnd: "2026-12-07" }).nextWeek).toBe("2026-12-07");
  });

  it("on a Sunday shows that one day", () => {
    expect(chooseWeek({ today: "2026-12-06", horizonEnd }).dates).toEqual(["2026-12-06"]);
  });
});
