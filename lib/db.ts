import "server-only";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

// One pool and client per server process; in development, hot reloads
// re-evaluate this module, so they are kept on globalThis to avoid leaking pools.
const globalForDb = globalThis as unknown as { strideDb?: Connection };

// Query events (no parameters are logged) let a test count the queries a
// request makes. Only tests ask for them: each event costs the server work on
// every query, for listeners it never has.
const queryEvents: { emit: "event"; level: "query" }[] =
  process.env.STRIDE_QUERY_EVENTS === "1" ? [{ emit: "event", level: "query" }] : [];

function connect() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  // An idle connection dropped by the server (a restart, an outage) must not
  // crash the process: the pool discards it, and the next query connects again.
  pool.on("error", () => {});
  return { pool, client: new PrismaClient({ adapter: new PrismaPg(pool), log: queryEvents }) };
}
type Connection = ReturnType<typeof connect>;

const connection = globalForDb.strideDb ?? connect();
if (process.env.NODE_ENV !== "production") globalForDb.strideDb = connection;

export const db = connection.client;

/**
 * The rows of one statement built with Prisma.sql, run on the pool `db` uses
 * but without Prisma's per-query work: for the reads on every staff request
 * (the session check, the queue), where `npm run bench:staff` measured that
 * work at about a fifth of the request. Columns come back as node-postgres
 * parses them (timestamptz as Date, json as objects).
 */
export async function queryRows<T>(statement: Prisma.Sql): Promise<T[]> {
  return (await connection.pool.query<T & pg.QueryResultRow>(statement.text, statement.values)).rows;
}

/** True when the database answers a trivial query within the timeout. */
export async function isDatabaseUp(timeoutMs = 2000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ping = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}
