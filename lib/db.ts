import "server-only";

import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

// One pool and client per server process; in development, hot reloads
// re-evaluate this module, so they are kept on globalThis to avoid leaking pools.
const globalForDb = globalThis as unknown as { strideDb?: Connection };

// The app's one pool serves Prisma, queryRows, the login throttle and pg-boss
// (lib/mail/queue.ts). Ten connections for requests, as when Prisma had its own
// pool, plus two for pg-boss: one worker fetching in turn and an occasional
// maintenance run, each a short statement, so neither side can starve the other.
const POOL_SIZE = 12;

function connect() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE });
  // An idle connection dropped by the server (a restart, an outage) must not
  // crash the process: the pool discards it, and the next query connects again.
  pool.on("error", () => {});
  const recording = new AsyncLocalStorage<string[]>();
  // Tests count the queries a request makes (STRIDE_QUERY_EVENTS=1); off by
  // default, so production pays nothing per query.
  if (process.env.STRIDE_QUERY_EVENTS === "1") recordThrough(pool, recording);
  return { pool, recording, client: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}
type Connection = ReturnType<typeof connect>;

/**
 * Every statement sent on one of the pool's connections, whoever sends it
 * (Prisma, queryRows, the throttle), is recorded in the caller's async context.
 */
function recordThrough(pool: pg.Pool, recording: AsyncLocalStorage<string[]>) {
  // A caller waiting for a free connection is handed it from the context that
  // freed it: bind the callback so its queries stay recorded as the caller's own.
  const connectVia = pool.connect.bind(pool) as (callback?: (...args: unknown[]) => void) => unknown;
  pool.connect = ((callback?: (...args: unknown[]) => void) =>
    connectVia(callback && AsyncResource.bind(callback))) as typeof pool.connect;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((config: string | { text: string }, ...rest: unknown[]) => {
      recording.getStore()?.push(typeof config === "string" ? config : config.text);
      return query(config, ...rest);
    }) as typeof client.query;
  });
}

const connection = globalForDb.strideDb ?? connect();
if (process.env.NODE_ENV !== "production") globalForDb.strideDb = connection;

export const db = connection.client;

/** The pool `db` uses, for the data modules that speak SQL without Prisma (the login throttle, pg-boss). */
export const pool = connection.pool;

/**
 * The rows of one statement built with Prisma.sql, run on the pool `db` uses
 * but without Prisma's per-query work: for the reads on every staff request
 * (the session check, the queue), where `npm run bench:staff` measured that
 * work at about a fifth of the request. Columns come back as node-postgres
 * parses them (timestamptz as Date, json as objects).
 */
export async function queryRows<T>(statement: Prisma.Sql): Promise<T[]> {
  return (await pool.query<T & pg.QueryResultRow>(statement.text, statement.values)).rows;
}

/**
 * Runs `fn` and returns the SQL of every statement it sent to the database,
 * through Prisma or not, and nothing that other work sent meanwhile. Needs
 * STRIDE_QUERY_EVENTS=1 (the tests set it).
 */
export async function recordQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  if (process.env.STRIDE_QUERY_EVENTS !== "1") throw new Error("recordQueries needs STRIDE_QUERY_EVENTS=1");
  const queries: string[] = [];
  const result = await connection.recording.run(queries, fn);
  return { result, queries };
}

/** Runs `fn` outside any recordQueries: for pg-boss's own work (start-up, polling, maintenance), no request's query. */
export function unrecorded<T>(fn: () => T): T {
  return connection.recording.exit(fn);
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
