import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import type { StaffActor } from "@/lib/auth/actor";
import { getCase } from "@/lib/staff/data/case";
import { exportQueueCsv } from "@/lib/staff/data/export";
import { listQueue } from "@/lib/staff/data/queue";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { withPg } from "@/test/pg";
import { actorFor, auditSince, DEMO } from "@/test/staff-actor";

// Every exported data function that reads intake answers (or what is derived
// from them) must write an audit event. The list of readers is found by reading
// the data modules' source, so a new reader without a test here fails the suite.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Exported functions in lib/<domain>/data.ts and lib/<domain>/data/**, with their bodies. */
function dataFunctions(): { name: string; file: string; body: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith(".ts") && !full.endsWith(".test.ts")) files.push(full);
    }
  };
  for (const domain of readdirSync(path.join(ROOT, "lib"))) {
    const dir = path.join(ROOT, "lib", domain);
    if (domain === "generated" || !statSync(dir).isDirectory()) continue;
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (entry === "data.ts") files.push(full);
      if (entry === "data" && statSync(full).isDirectory()) walk(full);
    }
  }
  return files.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const starts = [...source.matchAll(/^export (?:async )?function (\w+)/gm)];
    return starts.map((match, i) => ({
      name: match[1]!,
      file: path.relative(ROOT, file),
      body: source.slice(match.index, starts[i + 1]?.index ?? source.length),
    }));
  });
}

/** Reads answers: selects the answers column (Prisma or SQL) or the triage result built from them. */
const READS_ANSWERS = /answers: true|\bi\.answers\b|triageResults:|triage_results|queueStatements\(/;

type Probe = (actor: StaffActor, intakeId: string) => Promise<unknown>;

/** How to call each reader as staff, and the audit action it must write. */
const AUDITED: Record<string, { action: string; call: Probe }> = {
  "lib/staff/data/case.ts#getCase": { action: "case.view", call: (actor, id) => getCase(actor, id) },
  "lib/staff/data/export.ts#exportQueueCsv": { action: "queue.export", call: (actor) => exportQueueCsv(actor, queueFiltersSchema.parse({}), true) },
  "lib/staff/data/queue.ts#listQueue": { action: "queue.view", call: (actor) => listQueue(actor, queueFiltersSchema.parse({})) },
};

/** Readers that are not staff reads, each with the reason it is not audited. */
const NOT_STAFF_READS: Record<string, string> = {
  "lib/intake/data.ts#findIntakeByTokenHash": "the patient reading their own questionnaire through their private link",
  "lib/staff/data/queue-sql.ts#queueStatements": "builds the SQL that listQueue runs (and audits); reads nothing itself",
};

describe("audit coverage of health-data reads", () => {
  const readers = dataFunctions().filter((fn) => READS_ANSWERS.test(fn.body));

  it("finds the data functions that read intake answers", () => {
    expect(readers.map((r) => `${r.file}#${r.name}`)).toEqual(expect.arrayContaining(Object.keys(AUDITED)));
  });

  it("has an audit check (or a stated reason) for every one of them", () => {
    const unaccounted = readers.map((r) => `${r.file}#${r.name}`).filter((key) => !(key in AUDITED) && !(key in NOT_STAFF_READS));
    expect(unaccounted, "a data function reads intake answers without an audit test: add it to AUDITED").toEqual([]);
    const stale = Object.keys(NOT_STAFF_READS).filter((key) => !readers.some((r) => `${r.file}#${r.name}` === key));
    expect(stale, "an exemption names a function that no longer reads answers").toEqual([]);
  });

  it.each(Object.entries(AUDITED))("%s writes its audit event", async (_key, { action, call }) => {
    const admin = await actorFor(DEMO.admin);
    const intakeId = await withPg(async (c) => (await c.query("SELECT id FROM intakes WHERE status = 'submitted' LIMIT 1")).rows[0].id as string);
    const since = new Date();
    await call(admin, intakeId);
    expect((await auditSince(since)).map((e) => e.action)).toContain(action);
  });
});
