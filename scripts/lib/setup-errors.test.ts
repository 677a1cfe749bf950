import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { startEmbedded } from "./embedded";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

/** Runs `npm run db:migrate`'s script with the given DATABASE_URL and returns what a user sees. */
async function migrateWith(databaseUrl: string) {
  try {
    await run(tsx, ["scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe("setup problems get one clear line and exit code 1", () => {
  it("names DATABASE_URL when it is not a URL", async () => {
    const result = await migrateWith("not a url");
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "✖ DATABASE_URL is not a valid URL. Expected postgresql://user:password@host:5432/database",
    ]);
  });

  it("names the variable and the host when the server does not answer", async () => {
    const result = await migrateWith("postgresql://postgres@127.0.0.1:1/stride");
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✖ DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED/);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("says what to do when the embedded data folder is from another PostgreSQL version", async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), "stride-pgv-"));
    const dataDir = path.join(parent, "data");
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, "PG_VERSION"), "12\n");
    try {
      await expect(startEmbedded({ dataDir, persistent: true })).rejects.toThrow(
        /holds PostgreSQL 12 data, but Stride's embedded server is PostgreSQL \d+\. Move or delete that folder/,
      );
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
