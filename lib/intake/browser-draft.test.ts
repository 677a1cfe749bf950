import { describe, expect, it } from "vitest";

import { browserDraftWins, readBrowserDraft, storedBrowserDraft, type BrowserDraft } from "./browser-draft";

const at = (iso: string) => Date.parse(iso);
const draft = (savedAt?: number): BrowserDraft => ({ answers: { age: 34 }, step: "C", savedAt });

describe("which draft the questionnaire opens with", () => {
  it("keeps the browser's copy when it is newer than the server's (a save that never arrived)", () => {
    expect(browserDraftWins(draft(at("2027-03-22T10:05:00Z")), at("2027-03-22T10:00:00Z"))).toBe(true);
  });

  it("opens the server's draft when it is newer (the patient went on on another device)", () => {
    expect(browserDraftWins(draft(at("2027-03-22T10:00:00Z")), at("2027-03-22T10:05:00Z"))).toBe(false);
    expect(browserDraftWins(draft(at("2027-03-22T10:00:00Z")), at("2027-03-22T10:00:00Z"))).toBe(false);
  });

  it("keeps the browser's copy when the server has no draft, and lets an undated copy lose to any server draft", () => {
    expect(browserDraftWins(draft(at("2027-03-22T10:00:00Z")), null)).toBe(true);
    expect(browserDraftWins(draft(undefined), null)).toBe(true);
    expect(browserDraftWins(draft(undefined), at("2027-03-22T10:00:00Z"))).toBe(false);
    expect(browserDraftWins(null, at("2027-03-22T10:00:00Z"))).toBe(false);
  });

  it("reads a stored copy back with its time, and treats an unreadable one as none", () => {
    expect(readBrowserDraft(storedBrowserDraft({ age: 34 }, "C", 5))).toEqual({
      answers: { age: 34 },
      step: "C",
      savedAt: 5,
    });
    const undated = readBrowserDraft(JSON.stringify({ answers: { age: 34 }, step: "C" }));
    expect(undated).toEqual({ answers: { age: 34 }, step: "C", savedAt: undefined });
    const unreadable = [null, "", "{oops", "null", "[]", JSON.stringify({ step: "C" })];
    unreadable.push(JSON.stringify({ answers: {}, step: 3 }));
    for (const stored of unreadable) {
      expect(readBrowserDraft(stored), String(stored)).toBeNull();
    }
  });
});
