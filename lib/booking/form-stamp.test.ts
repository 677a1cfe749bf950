import { describe, expect, it } from "vitest";

import { MIN_FILL_MS, issueFormStamp, looksHuman } from "./form-stamp";

describe("the booking form's bot checks", () => {
  const shown = Date.parse("2027-03-22T08:00:00Z");
  const stamp = issueFormStamp(shown);

  it("lets a person through: honeypot empty, form shown long enough ago", () => {
    expect(looksHuman({ formStamp: stamp, website: "" }, shown + MIN_FILL_MS)).toBe(true);
    expect(looksHuman({ formStamp: stamp }, shown + 60_000)).toBe(true);
  });

  it("refuses a filled honeypot, a form sent too fast, and a missing, forged or reused-from-the-future stamp", () => {
    expect(looksHuman({ formStamp: stamp, website: "https://spam.example" }, shown + 60_000)).toBe(false);
    expect(looksHuman({ formStamp: stamp }, shown + MIN_FILL_MS - 1)).toBe(false);
    expect(looksHuman({ formStamp: "" }, shown + 60_000)).toBe(false);
    expect(looksHuman({ formStamp: `${stamp.slice(0, -2)}AA` }, shown + 60_000)).toBe(false);
    expect(looksHuman({ formStamp: issueFormStamp(shown + 120_000) }, shown + 60_000)).toBe(false);
  });
});
