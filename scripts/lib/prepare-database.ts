import pg from "pg";

import { ensureClinic, seed } from "../../prisma/seed";
import { isEmptyClinic, openDatabase, type OpenDatabase } from "./local-database";
import { migrate } from "./migrate";

// Namespace of the start-up lock (pg_advisory_lock's one-key form): instances
// starting at once on one database take turns through migrate-and-seed.
const START_LOCK = 16_017_001;

export interface PreparedDatabase {
  /** Migrations this instance applied (none when another instance had). */
  migrated: string[];
  /** What this instance added on a first start, or null when the clinic was there already. */
  seeded: "demo" | "clinic" | null;
}

/**
 * Migrates, and on a first start adds the demo data (`seedDemo`) or the clinic's
 * details from CLINIC_*, under one advisory lock: of N instances starting together on
 * an empty database, the first does the work and the others find it done.
 */
export async function prepareDatabase(url: string, seedDemo: boolean): Promise<PreparedDatabase> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [START_LOCK]);
    const migrated = await migrate(url);
    if (!(await isEmptyClinic(url))) return { migrated, seeded: null };
    await (seedDemo ? seed(url) : ensureClinic(url));
    return { migrated, seeded: seedDemo ? "demo" : "clinic" };
  } finally {
    // Ending the session releases the lock, also after an error.
    await lock.end();
  }
}

/** What an instance says about its part in the start, one line each. */
export function describePreparation({ migrated, seeded }: PreparedDatabase, seedDemo: boolean): string[] {
  return [
    migrated.length > 0
      ? `Database: applied ${migrated.length} migration${migrated.length === 1 ? "" : "s"} (${migrated.join(", ")})`
      : "Database: up to date (no migration to apply, or another instance applied them)",
    seeded === "demo"
      ? "First start: added demo data"
      : seeded === "clinic"
        ? "First start: saved the clinic's details from CLINIC_*"
        : seedDemo
          ? "Clinic: already set up (an earlier start, or another instance starting now, added it)"
          : "Clinic: already set up",
  ];
}

/**
 * The start of `npm start`, `npm run dev` and `npm run cluster`: the database (embedded
 * when DATABASE_URL is unset), migrated and, on a first start, seeded (demo data with the
 * embedded database or STRIDE_SEED_DEMO=true), saying each step's outcome.
 */
export async function openPreparedDatabase(): Promise<{ database: OpenDatabase; seedDemo: boolean }> {
  const database = await openDatabase();
  const seedDemo = database.embedded || process.env.STRIDE_SEED_DEMO === "true";
  for (const line of describePreparation(await prepareDatabase(database.url, seedDemo), seedDemo))
    console.log(`  ${line}`);
  return { database, seedDemo };
}
