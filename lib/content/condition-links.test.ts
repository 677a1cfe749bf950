import { describe, expect, it } from "vitest";

import { bookingHref, regionAnchor } from "./condition-links";

describe("bookingHref", () => {
  it("presets the appointment type and carries region and area to the intake", () => {
    expect(bookingHref({ booking: { appointmentType: "initial-assessment", region: "knee", area: "front" } })).toBe(
      "/book?type=initial-assessment&region=knee&area=front",
    );
  });
  it("leaves out the area when the page has none", () => {
    expect(bookingHref({ booking: { appointmentType: "initial-assessment", region: "hip_groin" } })).toBe(
      "/book?type=initial-assessment&region=hip_groin",
    );
  });
});

describe("regionAnchor", () => {
  it("makes an id from a region code", () => {
    expect(regionAnchor("hip_groin")).toBe("region-hip-groin");
  });
});
