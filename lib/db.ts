import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";

// One client per server process; in development, hot reloads re-evaluate this
// module, so the instance is kept on globalThis to avoid leaking pools.
const globalForDb = globalThis as unknown as { strideDb?: PrismaClient };

// Query events (no parameters are logged) let a test count the queries a
// request makes. Only tests ask for them: each event costs the server work on
// every query, for listeners it never has.
const queryEvents: { emit: "event"; level: "query" }[] =
  process.env.STRIDE_QUERY_EVENTS === "1" ? [{ emit: "event", level: "query" }] : [];

function createClient() {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter, log: queryEvents });
}

export const db = (globalForDb.strideDb as ReturnType<typeof createClient> | undefined) ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.strideDb = db;

/** True when the database answers a trivial query within the timeout. */
export async function isDatabaseUp(timeoutMs = 2000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}
