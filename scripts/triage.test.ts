import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { BENIGN } from "../lib/intake/test-answers";

// The triage command as a user runs it: JSON in a file, JSON out, exit 2 with
// reasons on stderr for anything it cannot triage.

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "stride-triage-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(content: string | undefined, name = "input.json") {
  const file = path.join(work, name);
  if (content !== undefined) writeFileSync(file, content);
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/triage.ts", file], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, file };
}

const entry = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ answers, submittedAt: "2026-06-15T09:00:00Z", ...extra });

describe("npm run triage", () => {
  it("prints one result for one entry, and an array in the same order for an array", () => {
    const one = cli(JSON.stringify(entry(BENIGN)));
    expect(one.status).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ questionnaire: "stride-intake", questionnaireVersion: 1, rulesVersion: 1, disposition: "routine" });

    const many = cli(JSON.stringify([entry({ ...BENIGN, pain_worst: 9 }), entry(BENIGN), entry({ ...BENIGN, chest_pain_breathless: true })]));
    expect(many.status).toBe(0);
    expect((JSON.parse(many.stdout) as { disposition: string }[]).map((r) => r.disposition)).toEqual(["soon", "routine", "emergency"]);
  });

  it("counts age in the given time zone, Europe/London by default", () => {
    // 23:30 UTC on 13 June 2026 is already 14 June in London: a 17th birthday, so no limp question.
    const teen = { ...BENIGN, dob: "2009-06-14", limp: true };
    const at = "2026-06-13T23:30:00Z";
    const run = cli(JSON.stringify([{ answers: teen, submittedAt: at }, { answers: teen, submittedAt: at, timeZone: "UTC" }]));
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { flags: { id: string }[] }[]).map((r) => r.flags.map((f) => f.id))).toEqual([[], ["U7"]]);
  });

  it("exits 2 naming each invalid entry by index, with question ids and messages, and prints no results", () => {
    const run = cli(JSON.stringify([entry(BENIGN), entry({ ...BENIGN, pain_now: 11, knee_area: [] }), { answers: BENIGN, submittedAt: "2026-06-15 09:00" }]));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("2 entries are not valid (index from 0): 1, 2");
    expect(run.stderr).toContain("[1] knee_area: Choose at least one part of the knee");
    expect(run.stderr).toContain("[1] pain_now: Choose a number from 0 to 10 for your pain right now");
    expect(run.stderr).toContain("[2] submittedAt: must be an ISO 8601 date and time with a zone");
  });

  it("exits 2 for an invalid single entry, an unknown time zone or answers that are not an object", () => {
    const single = cli(JSON.stringify(entry({ ...BENIGN, consent_health_data: false })));
    expect(single.status).toBe(2);
    expect(single.stderr).toBe("✖ The intake is not valid:\n  consent_health_data: Tick the box to say you agree, so we can use your answers for your care\n");
    const zone = cli(JSON.stringify({ answers: BENIGN, timeZone: "Mars/Olympus" }));
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain("timeZone: must be an IANA time zone");
    const notObject = cli(JSON.stringify({ answers: [] }));
    expect(notObject.stderr).toContain("answers: must be an object keyed by question id");
  });

  it("exits 2 with one clear line for a missing file or bad JSON", () => {
    const missing = cli(undefined, "no-such-file.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`✖ Cannot read ${missing.file}: no such file\n`);
    const bad = cli("{ answers: ", "bad.json");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^✖ .*bad\.json is not valid JSON: .+\n$/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
