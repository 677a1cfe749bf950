import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";

import pg from "pg";

import { assertReachable, withDatabase } from "./database-url";
import { createDatabaseIfMissing } from "./local-database";
import { migrate } from "./migrate";

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh, migrated database that the caller owns and drops: a uniquely named
 * database on the server of `serverUrl` (any database URL there) or of DATABASE_URL
 * when set, otherwise a throwaway embedded PostgreSQL in a temporary folder.
 */
export async function createTestDatabase(serverUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  const name = `stride_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  if (serverUrl) {
    await assertReachable(serverUrl);
    await createDatabaseIfMissing(serverUrl, name);
    const url = withDatabase(serverUrl, name);
    await migrate(url);
    return { url, drop: () => dropDatabase(serverUrl, name) };
  }
  const { startEmbedded, temporaryDataDir } = await import("./embedded");
  const dataDir = temporaryDataDir();
  const server = await startEmbedded({ dataDir, persistent: false });
  await createDatabaseIfMissing(server.serverUrl, name);
  const url = withDatabase(server.serverUrl, name);
  await migrate(url);
  return {
    url,
    drop: async () => {
      await server.stop();
      await rm(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
