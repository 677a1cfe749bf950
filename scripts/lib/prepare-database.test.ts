import { randomBytes } from "node:crypto";

import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { inject } from "vitest";

import * as demo from "../../prisma/seed-data";
import { withDatabase } from "./database-url";
import { createDatabaseIfMissing } from "./local-database";
import { describePreparation, prepareDatabase } from "./prepare-database";

// An empty database of this test's own, on the test run's server.
const server = inject("databaseUrl");
const name = `stride_start_${randomBytes(4).toString("hex")}`;
const url = withDatabase(server, name);

afterAll(async () => {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  await client.end();
});

it("four instances starting at once on an empty database migrate once and seed once, and each says its part", async () => {
  await createDatabaseIfMissing(server, name);
  const starts = await Promise.all(Array.from({ length: 4 }, () => prepareDatabase(url, true)));

  expect(starts.filter((s) => s.migrated.length > 0)).toHaveLength(1);
  expect(starts.filter((s) => s.seeded === "demo")).toHaveLength(1);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async (table: string) => (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  expect(await count("clinic_settings")).toBe(1);
  expect(await count("therapists")).toBe(demo.therapists.length);
  expect(await count("bookings")).toBe(demo.bookings.length);
  await client.end();

  const lines = starts.map((s) => describePreparation(s, true).join(" / "));
  expect(lines.filter((l) => /applied \d+ migrations/.test(l) && l.includes("added demo data"))).toHaveLength(1);
  expect(lines.filter((l) => l.includes("another instance"))).toHaveLength(3);
});
