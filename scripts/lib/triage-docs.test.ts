import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { QUESTION_DEFS } from "../../lib/intake/questionnaire";
import { CONDITION_PATTERNS } from "../../lib/triage/conditions";
import { RULES } from "../../lib/triage/rules";
import { renderTriageDocs } from "./triage-docs";

const file = path.resolve(import.meta.dirname, "../../docs/triage-rules.md");

describe("docs/triage-rules.md", () => {
  it("is what the generator produces from the definitions", () => {
    let checkedIn = "";
    try {
      checkedIn = readFileSync(file, "utf8");
    } catch {
      // A missing file fails the comparison below with the same advice.
    }
    expect(checkedIn === renderTriageDocs(), "docs/triage-rules.md is out of date: run npm run docs:triage").toBe(true);
  });

  it("documents every question, rule and condition pattern", () => {
    const docs = renderTriageDocs();
    for (const q of QUESTION_DEFS) expect(docs).toContain(`#### \`${q.id}\` · `);
    for (const r of RULES) expect(docs).toContain(`#### ${r.id} · ${r.level}`);
    for (const p of CONDITION_PATTERNS) expect(docs).toContain(`### \`${p.condition}\` · `);
    expect(docs).toContain("when `region` is `knee` and `mechanism` includes `direct_blow`");
    expect(docs).toContain("when age 16 or under and `region` is one of `hip_groin`, `thigh`, `knee`");
  });
});
