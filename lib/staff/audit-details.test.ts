import { describe, expect, it } from "vitest";

import { describeAuditDetails } from "./audit-details";

describe("an audit event's details as an admin reads them", () => {
  it("says an override's from, to and reason in words", () => {
    expect(describeAuditDetails({ from: "routine", to: "urgent", reason: "New numbness in the foot" })).toEqual([
      { label: "From", value: "Routine" },
      { label: "To", value: "Urgent" },
      { label: "Reason", value: "New numbness in the foot" },
    ]);
  });

  it("shows other keys as stored and leaves out empty values", () => {
    expect(describeAuditDetails({ batch: 12, note: "", step: null })).toEqual([{ label: "batch", value: "12" }]);
  });

  it("shows nothing for events without details", () => {
    expect(describeAuditDetails(null)).toEqual([]);
    expect(describeAuditDetails(["x"])).toEqual([]);
    expect(describeAuditDetails("text")).toEqual([]);
  });
});
