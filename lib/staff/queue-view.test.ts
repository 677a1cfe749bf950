import { describe, expect, it } from "vitest";

import { conditionName } from "./case-answers";
import type { QueueRow } from "./data/queue";
import { queueRowView } from "./queue-view";

const row: QueueRow = {
  id: "6f1c0c52-0000-4000-8000-000000000001",
  disposition: "urgent",
  computedDisposition: "urgent",
  reviewed: false,
  startsAt: new Date("2026-12-01T09:30:00Z"),
  region: "knee",
  patientName: "Alex Example",
  therapistName: "Maya Patel",
  bookingStatus: "booked",
  topCondition: "patellofemoral_pain",
};

describe("a queue row as the screen gets it", () => {
  it("names the region and the top suspected condition as a clinician reads them", () => {
    const view = queueRowView(row);
    expect(view.region).toBe("Knee");
    expect(view.condition).toBe(conditionName("patellofemoral_pain"));
    expect(view.condition).not.toBe("patellofemoral_pain");
    expect(view.startsAt).toBe("2026-12-01T09:30:00.000Z");
  });

  it("marks an override, a cancelled booking, and a case with no region or condition", () => {
    const view = queueRowView({
      ...row,
      disposition: "routine",
      bookingStatus: "cancelled",
      region: null,
      topCondition: null,
    });
    expect(view.overridden).toBe(true);
    expect(view.therapist).toBe("Maya Patel · booking cancelled");
    expect(view.region).toBe("—");
    expect(view.condition).toBeNull();
  });

  it("carries nothing but what the table shows", () => {
    expect(Object.keys(queueRowView(row)).sort()).toEqual(
      [
        "condition",
        "disposition",
        "id",
        "overridden",
        "patientName",
        "region",
        "reviewed",
        "startsAt",
        "therapist",
      ].sort(),
    );
  });
});
