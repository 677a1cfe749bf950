import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

// Realistic patient stories, each with the disposition, flags and suspected
// conditions a clinician expects, run together through the triage command
// (tsx scripts/triage.ts with an array), as a user or another system would.

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(import.meta.dirname, "__fixtures__/stories");

interface Story {
  story: string;
  submittedAt: string;
  answers: Record<string, unknown>;
  expect: { disposition: string; flags: string[]; suspected: string[] };
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const stories = files.map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Story) }));

const work = mkdtempSync(path.join(tmpdir(), "stride-stories-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runCli(input: unknown) {
  const file = path.join(work, "input.json");
  writeFileSync(file, JSON.stringify(input));
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/triage.ts", file], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("patient stories through the triage command", () => {
  it("has at least 25 stories, each a numbered file with a story and expectations", () => {
    expect(stories.length).toBeGreaterThanOrEqual(25);
    for (const s of stories) {
      expect(s.file).toMatch(/^\d{2}-[a-z0-9-]+\.json$/);
      expect(s.story.length, s.file).toBeGreaterThan(20);
      expect(Object.keys(s.expect).sort(), s.file).toEqual(["disposition", "flags", "suspected"]);
    }
  });

  it("covers the required presentations and a near miss of each", () => {
    const names = files.map((f) => f.replace(/^\d{2}-|\.json$/g, ""));
    for (const name of [
      "plantar-fasciitis",
      "runners-knee",
      "mcl-sprain",
      "hip-impingement-fai",
      "adductor-strain",
      "dvt-signs",
      "cauda-equina-signs",
      "ottawa-positive-knee",
      "femoral-neck-stress-fracture",
      "achilles-rupture",
      "sufe-13-year-old",
    ]) {
      expect(names).toContain(name);
      expect(names).toContain(`${name}-near-miss`);
    }
  });

  it("gives every story its expected disposition, flags and suspected conditions", { timeout: 60_000 }, () => {
    const run = runCli(stories.map(({ answers, submittedAt }) => ({ answers, submittedAt })));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as {
      disposition: string;
      flags: { id: string }[];
      suspected: { condition: string }[];
    }[];
    expect(results).toHaveLength(stories.length);
    const actual = results.map((r, i) => ({
      file: stories[i]!.file,
      disposition: r.disposition,
      flags: r.flags.map((f) => f.id),
      suspected: r.suspected.map((s) => s.condition),
    }));
    expect(actual).toEqual(stories.map((s) => ({ file: s.file, ...s.expect })));
  });
});
