import { describe, expect, it } from "vitest";

import { blockedWindow, bookingTimes } from "./blocked-window";

const gait = { minutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 10 };

describe("bookingTimes", () => {
  it("ends after the type's length and blocks its buffers either side", () => {
    expect(bookingTimes(new Date("2031-03-04T10:00:00Z"), gait)).toEqual({
      startsAt: new Date("2031-03-04T10:00:00Z"),
      endsAt: new Date("2031-03-04T11:00:00Z"),
      blockedFrom: new Date("2031-03-04T09:50:00Z"),
      blockedUntil: new Date("2031-03-04T11:10:00Z"),
    });
  });

  it("blocks exactly the appointment when the type has no buffers", () => {
    const noBuffers = { minutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 };
    const times = bookingTimes(new Date("2031-03-04T10:00:00Z"), noBuffers);
    expect([times.blockedFrom, times.blockedUntil]).toEqual([times.startsAt, times.endsAt]);
  });
});

describe("blockedWindow", () => {
  it("widens a given start and end (a booking whose end is not the type's length)", () => {
    expect(blockedWindow(new Date("2031-03-04T10:00:00Z"), new Date("2031-03-04T10:45:00Z"), gait)).toEqual({
      blockedFrom: new Date("2031-03-04T09:50:00Z"),
      blockedUntil: new Date("2031-03-04T10:55:00Z"),
    });
  });
});
