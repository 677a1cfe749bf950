import { describe, expect, it } from "vitest";

import { mondayWeeksAhead } from "@/test/booking-fixtures";

import { GET } from "./route";

const slots = (query: string) => GET(new Request(`http://localhost/api/slots?type=follow-up&${query}`));

describe("GET /api/slots", () => {
  it("refuses a date that is not on the calendar with a field error, as it does a malformed one", async () => {
    for (const [query, field] of [
      ["from=2027-02-30&to=2027-03-02", "from"],
      ["from=2027-02-28&to=2027-02-29", "to"],
      ["from=2027-2-28&to=2027-03-02", "from"],
    ]) {
      const response = await slots(query!);
      expect(response.status, query).toBe(422);
      expect((await response.json()).fields, query).toHaveProperty(field!, "Use a date like 2027-03-28");
    }
  });

  it("answers free times for real dates", async () => {
    const from = mondayWeeksAhead(3);
    const response = await slots(`from=${from}&to=${from}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.timeZone).toBe("Europe/London");
    expect(body.slots.length).toBeGreaterThan(0);
  });
});
