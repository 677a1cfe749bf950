import path from "node:path";

import { runner } from "node-pg-migrate";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/**
 * Applies pending SQL migrations. node-pg-migrate takes an advisory lock (so two
 * servers starting at once cannot race), records each file in `pgmigrations`,
 * and runs everything pending in one transaction.
 */
export async function migrate(databaseUrl: string, log: (line: string) => void = () => {}) {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    migrationsTable: "pgmigrations",
    direction: "up",
    count: Infinity,
    checkOrder: true,
    advisoryLockMode: "wait",
    log: () => {},
    logger: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
  for (const migration of applied) log(`applied migration ${migration.name}`);
  return applied.map((migration) => migration.name);
}
