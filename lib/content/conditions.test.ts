import path from "node:path";

import { describe, expect, it } from "vitest";

import { REGION_AREAS } from "@/lib/intake/regions";
import { RED_FLAG_LEVELS } from "@/lib/triage/red-flags";

import { ContentError, loadConditions, parseConditionFile } from "./conditions";

const fixtures = path.join(import.meta.dirname, "__fixtures__");
const conditions = loadConditions();

const valid = `---
slug: example
title: Example page
summary: A short summary.
region: knee
symptoms: [Pain]
causes: [Running]
selfCare: [{ title: Rest, steps: [Rest it.] }]
urgentHelp: [{ flag: E4, text: It looks out of shape. }]
booking: { appointmentType: initial-assessment, region: knee, area: front }
lastReviewed: 2026-01-10
nextReviewDue: 2027-01-10
sources: [{ title: NHS page, url: "https://www.nhs.uk/" }]
---
## About
Text.
`;

describe("the condition library content", () => {
  it("has the seven pages the clinic publishes, each passing the schema", () => {
    expect(conditions.map((c) => c.slug).sort()).toEqual([
      "hip-and-groin-injuries",
      "hip-and-knee-pain",
      "hip-pain-running",
      "knee-pain",
      "medial-knee-pain",
      "plantar-fasciitis",
      "runners-knee",
    ]);
  });

  it("links only to related pages that exist", () => {
    const slugs = new Set(conditions.map((c) => c.slug));
    for (const condition of conditions) {
      for (const related of condition.related) expect(slugs, `${condition.slug} → ${related}`).toContain(related);
    }
  });

  it("has sane review dates: reviewed in the past, next review due within three years", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const c of conditions) {
      expect(c.lastReviewed <= today, `${c.slug} lastReviewed`).toBe(true);
      const limit = new Date(c.lastReviewed);
      limit.setUTCFullYear(limit.getUTCFullYear() + 3);
      expect(new Date(c.nextReviewDue) > new Date(c.lastReviewed), `${c.slug} nextReviewDue`).toBe(true);
      expect(new Date(c.nextReviewDue) <= limit, `${c.slug} nextReviewDue`).toBe(true);
    }
  });

  it("presets a booking area that belongs to the page's region", () => {
    for (const c of conditions) {
      if (!c.booking.area) continue;
      const areas = (REGION_AREAS as Record<string, readonly string[]>)[c.booking.region] ?? [];
      expect(areas, c.slug).toContain(c.booking.area);
    }
  });

  it("tells readers of every page when to call 999 or get seen today, citing real triage rules", () => {
    for (const c of conditions) {
      expect(c.urgentHelp.length, c.slug).toBeGreaterThan(0);
      for (const item of c.urgentHelp) expect(Object.keys(RED_FLAG_LEVELS)).toContain(item.flag);
    }
  });
});

describe("bad content fails the build with the file and field named", () => {
  it("rejects a summary longer than a meta description", () => {
    expect(() => loadConditions(path.join(fixtures, "bad-summary"))).toThrow(
      /too-long-summary\.md: front matter field "summary": keep it to 160 characters/,
    );
  });

  it("rejects a related slug that names no page", () => {
    expect(() => loadConditions(path.join(fixtures, "missing-related"))).toThrow(
      /lonely-page\.md: front matter field "related\.0": no other condition page is called "no-such-condition"/,
    );
  });

  it("rejects an area that does not belong to the region", () => {
    const source = valid.replace("area: front", "area: heel_underside");
    expect(() => parseConditionFile("content/conditions/example.md", source)).toThrow(
      /example\.md: front matter field "booking\.area": "heel_underside" is not an area of knee/,
    );
  });

  it("rejects a next review more than three years after the last", () => {
    const source = valid.replace("nextReviewDue: 2027-01-10", "nextReviewDue: 2029-06-01");
    expect(() => parseConditionFile("content/conditions/example.md", source)).toThrow(/field "nextReviewDue"/);
  });

  it("rejects an urgent-help item that cites no triage rule", () => {
    const source = valid.replace("flag: E4", "flag: Z9");
    expect(() => parseConditionFile("content/conditions/example.md", source)).toThrow(/field "urgentHelp\.0\.flag"/);
  });

  it("rejects a slug that differs from the file name", () => {
    expect(() => parseConditionFile("content/conditions/other.md", valid)).toThrow(ContentError);
  });

  it("accepts a well-formed page and keeps its body", () => {
    const page = parseConditionFile("content/conditions/example.md", valid);
    expect(page.body).toContain("## About");
    expect(page.lastReviewed).toBe("2026-01-10");
  });
});
