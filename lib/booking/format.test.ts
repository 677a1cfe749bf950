import { describe, expect, it } from "vitest";

import { formatDuration, formatPrice } from "./format";

describe("formatPrice", () => {
  it("shows whole pounds without pence", () => {
    expect(formatPrice(6500)).toBe("£65");
  });
  it("shows pence when there are any", () => {
    expect(formatPrice(4250)).toBe("£42.50");
  });
});

describe("formatDuration", () => {
  it.each([
    [30, "30 minutes"],
    [60, "1 hour"],
    [90, "1 hour 30 minutes"],
    [120, "2 hours"],
  ])("%i minutes reads as %s", (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
