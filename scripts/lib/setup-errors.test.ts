import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";
import { describe, expect, inject, it } from "vitest";

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

  it("tells a refused login apart from a server that does not answer", async () => {
    const url = new URL(inject("databaseUrl"));
    url.username = "no_such_stride_user";
    url.password = "wrong";
    const result = await migrateWith(url.toString());
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^✖ DATABASE_URL: PostgreSQL at [\d.]+:\d+ answered but refused user "no_such_stride_user" \(28/,
    );
    expect(lines[0]).toMatch(/Check the user name and password in DATABASE_URL\.$/);
  });

  it("creates and migrates a database whose name holds a double quote", async () => {
    const name = `stride_test_quote"d_${Date.now()}`;
    const url = new URL(inject("databaseUrl"));
    url.pathname = `/${encodeURIComponent(name)}`;
    const result = await migrateWith(url.toString());
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    try {
      expect(result).toEqual({ code: 0, stderr: "" });
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      expect(found.rowCount).toBe(1);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    }
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
