import path from "node:path";

import pg from "pg";

import {
  assertReachable,
  describeHost,
  MISSING_DATABASE,
  parseDatabaseUrl,
  SetupError,
  withDatabase,
} from "./database-url";

export const LOCAL_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/postgres");
const LOCAL_DATABASE = "stride";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close: () => Promise<void>;
}

/**
 * The app's database: the server in DATABASE_URL when set (nothing is started),
 * otherwise a persistent embedded PostgreSQL whose data lives in .data/postgres.
 */
export async function openDatabase(): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await assertReachable(configured).catch(async (error: unknown) => {
      // The server answers but the database is new: create it, as a first start should.
      if (!(error instanceof SetupError) || error.code !== MISSING_DATABASE) throw error;
      const name = decodeURIComponent(parseDatabaseUrl(configured).pathname.slice(1));
      await createDatabaseIfMissing(withDatabase(configured, "postgres"), name);
      console.log(`  Created database "${name}" on ${describeHost(configured)}`);
    });
    return { url: configured, embedded: false, close: async () => {} };
  }
  const { startEmbedded } = await import("./embedded");
  const server = await startEmbedded({ dataDir: LOCAL_DATA_DIR, persistent: true });
  await createDatabaseIfMissing(server.serverUrl, LOCAL_DATABASE);
  return {
    url: withDatabase(server.serverUrl, LOCAL_DATABASE),
    embedded: true,
    close: server.stop,
  };
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** True when the clinic has never been set up (the seed has not run). */
export async function isEmptyClinic(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query("SELECT count(*)::int AS n FROM clinic_settings");
    return result.rows[0].n === 0;
  } finally {
    await client.end();
  }
}
