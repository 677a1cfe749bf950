import { describe, expect, it } from "vitest";

import { fetchServices } from "./catalogue";

describe("fetchServices", () => {
  it("lists the seeded services in the clinic's order with prices in pence", async () => {
    const services = await fetchServices();
    expect(services.map((s) => s.slug)).toEqual([
      "initial-assessment",
      "follow-up",
      "sports-massage",
      "running-gait-analysis",
    ]);
    expect(services[0]).toMatchObject({ name: "Initial assessment", minutes: 60, priceMinor: 6500 });
  });
});
