import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { BENIGN } from "../lib/intake/test-answers";

// The triage command end to end: JSON in a file, JSON out, exit 2 with reasons on
// stderr. Input handling itself is tested in-process (lib/triage-input.test.ts);
// each run here starts a tsx process, so there are few of them.

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "stride-triage-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(content: string | undefined, name: string) {
  const file = path.join(work, name);
  if (content !== undefined) writeFileSync(file, content);
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/triage.ts", file], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, file };
}

const entry = (answers: Record<string, unknown>) => ({ answers, submittedAt: "2026-06-15T09:00:00Z" });
const SLOW = { timeout: 60_000 };

describe("npm run triage", () => {
  it("prints the results of an array as a JSON array in the same order, exit 0", SLOW, () => {
    const run = cli(
      JSON.stringify([
        entry({ ...BENIGN, pain_worst: 9 }),
        entry(BENIGN),
        entry({ ...BENIGN, chest_pain_breathless: true }),
      ]),
      "array.json",
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as { questionnaire: string; disposition: string }[];
    expect(results.map((r) => [r.questionnaire, r.disposition])).toEqual([
      ["stride-intake", "soon"],
      ["stride-intake", "routine"],
      ["stride-intake", "emergency"],
    ]);
  });

  it("exits 2 naming the invalid entries by index with question ids and messages, printing no results", SLOW, () => {
    const run = cli(JSON.stringify([entry(BENIGN), entry({ ...BENIGN, pain_now: 11 })]), "invalid.json");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "✖ 1 entry is not valid (index from 0): 1\n  [1] pain_now: Choose a number from 0 to 10 for your pain right now\n",
    );
  });

  it("exits 2 with one clear line for a missing file", SLOW, () => {
    const run = cli(undefined, "no-such-file.json");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`✖ Cannot read ${run.file}: no such file\n`);
  });

  it("exits 2 with one clear line for bad JSON", SLOW, () => {
    const run = cli("{ answers: ", "bad.json");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^✖ .*bad\.json is not valid JSON: [^\n]+\n$/);
  });
});
