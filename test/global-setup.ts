import type { TestProject } from "vitest/node";

import { seed } from "../prisma/seed";
import { createTestDatabase, type TestDatabase } from "../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let database: TestDatabase | undefined;

/** One fresh, migrated, seeded database for the whole run; dropped at the end. */
export async function setup(project: TestProject) {
  database = await createTestDatabase();
  await seed(database.url);
  project.provide("databaseUrl", database.url);
}

export async function teardown() {
  await database?.drop();
}
