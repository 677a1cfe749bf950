import "server-only";

import PgBoss from "pg-boss";

import { pool, unrecorded } from "@/lib/db";
import { seal, unseal } from "@/lib/sealed-box";

import type { MailMessage } from "./message";
import { deliver } from "./transport";

// E-mail goes through pg-boss (its own `pgboss` schema in the app's database).
// A message is queued inside the transaction that changes the booking, so the
// two commit or fail together; a worker in the server process sends it, with
// retries and back-off, so a mail server that is down delays mail but never
// loses it and never fails a booking. pg-boss runs on the app's one pool
// (lib/db.ts): version 10 only ever sends single queries through `db.executeSql`
// (no LISTEN, its advisory locks are taken inside one multi-statement query), so
// a shared connection is never left holding its state.
const QUEUE = "booking-email";
const SEAL_PURPOSE = "queued-mail";

export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

const globalForBoss = globalThis as unknown as { strideBoss?: Promise<PgBoss> };

/** The process's pg-boss, started once (it creates its schema and the queue). */
export function mailBoss(): Promise<PgBoss> {
  globalForBoss.strideBoss ??= (async () => {
    // Its polling and maintenance are no request's queries: keep them out of a test's count.
    const db = { executeSql: (text: string, values?: unknown[]) => unrecorded(() => pool.query(text, values)) };
    const boss = new PgBoss({ db, schedule: false });
    boss.on("error", (error) => console.error(`Mail queue: ${error.message}`));
    await boss.start();
    await boss.createQueue(QUEUE);
    return boss;
  })().catch((error: unknown) => {
    globalForBoss.strideBoss = undefined;
    throw error;
  });
  return globalForBoss.strideBoss;
}

function retryDelaySeconds(): number {
  return Number(process.env.STRIDE_MAIL_RETRY_DELAY_SECONDS) || 30;
}

/** Queues a message through the caller's transaction; nothing readable about the patient is stored. */
export async function enqueueMail(db: SqlExecutor, message: MailMessage): Promise<void> {
  const boss = await mailBoss();
  await boss.send(
    QUEUE,
    { kind: message.kind, sealed: seal(SEAL_PURPOSE, message) },
    // ~20 tries with doubling delays: a mail server down for a day still gets its mail.
    { db, retryLimit: 20, retryDelay: retryDelaySeconds(), retryBackoff: true, expireInMinutes: 5, retentionDays: 7 },
  );
}

/** One SQL statement with numbered parameters ($1, $2, …) and their values. */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

/**
 * The exact INSERT pg-boss would run to queue a message, not yet run, so a
 * caller can make it part of a larger statement (one round trip, and one
 * statement is one transaction: the mail is queued iff the rest commits).
 * Captured from pg-boss itself rather than copied, so its job columns and
 * queue defaults stay pg-boss's business. It depends on how pg-boss 10.4.2
 * (pinned in package.json) sends a job: one INSERT into pgboss.job with
 * parameters $1..$n and no `$` in its literals. The pg-boss contract test in
 * lib/mail/queue.test.ts checks exactly that; run it after any upgrade.
 */
export async function mailInsertStatement(message: MailMessage): Promise<SqlStatement> {
  const captured: SqlStatement[] = [];
  await enqueueMail(
    {
      executeSql: async (text, values) => {
        captured.push({ text, values });
        return { rows: [] };
      },
    },
    message,
  );
  const [statement] = captured;
  // pg-boss only retries after a singleton conflict, which this queue never uses.
  if (captured.length !== 1 || !statement || !/^\s*INSERT INTO\b/i.test(statement.text)) {
    throw new Error("pg-boss did not queue the mail with exactly one INSERT; see lib/mail/queue.ts");
  }
  return statement;
}

/** The message a queued job carries, opened as the worker opens it. */
export function queuedMessage(data: { sealed: string }): MailMessage {
  return unseal<MailMessage>(SEAL_PURPOSE, data.sealed);
}

/** Starts sending queued mail from this process; safe to call more than once. */
export async function startMailWorker(): Promise<void> {
  const boss = await mailBoss();
  const pollingIntervalSeconds = Number(process.env.STRIDE_MAIL_POLL_SECONDS) || 2;
  // Up to 10 messages per fetch: a busy hour of bookings costs the database one
  // fetch and one completion per batch, not two queries per message. Each
  // message still succeeds or fails alone: a failed one is handed back for its
  // own retry, and pg-boss then completes only the ones still active. Ten
  // SMTP time-outs (20 s each) stay well inside the job's 5-minute expiry.
  await boss.work<{ sealed: string }>(QUEUE, { batchSize: 10, pollingIntervalSeconds }, async (jobs) => {
    const failed: { id: string; error: Error }[] = [];
    for (const job of jobs) {
      try {
        await deliver(queuedMessage(job.data));
      } catch (error) {
        failed.push({ id: job.id, error: error as Error });
      }
    }
    for (const { id, error } of failed) await boss.fail(QUEUE, id, { message: error.message });
  });
}

const tickers = new Set<NodeJS.Timeout>();

/**
 * Runs `task` once a minute across all instances: every instance offers a job for
 * the current minute, pg-boss keeps one per minute (a singleton key), and whichever
 * instance's worker fetches it runs it. A task must still be safe to run twice
 * (a retry after a crash mid-run): the message dispatcher claims each message first.
 */
export async function startEveryMinute(
  name: string,
  task: () => Promise<unknown>,
  /** Once per this many seconds instead, up to 43,200 (pg-boss's archive interval); the retention job: 12 hours. */
  everySeconds = 60,
): Promise<void> {
  const boss = await mailBoss();
  await boss.createQueue(name);
  await boss.work(name, { pollingIntervalSeconds: 5 }, async () => {
    await task();
  });
  const offer = () =>
    boss
      .send(name, {}, { singletonKey: name, singletonSeconds: everySeconds, retryLimit: 2, expireInMinutes: 5 })
      .catch((error: unknown) => console.error(`${name}: ${(error as Error).message}`));
  await offer();
  const ticker = setInterval(offer, 15_000);
  ticker.unref();
  tickers.add(ticker);
}

/**
 * Asks for a run of an every-minute task now, not at the next minute: whichever
 * instance polls first runs it (within about 5 s). At most one such extra run per
 * 10 seconds is queued, however many changes ask.
 */
export async function runSoon(name: string): Promise<void> {
  const boss = await mailBoss();
  await boss.createQueue(name);
  await boss.send(name, {}, { singletonKey: `${name}:soon`, singletonSeconds: 10, retryLimit: 2, expireInMinutes: 5 });
}

export async function stopMailWorker(): Promise<void> {
  for (const ticker of tickers) clearInterval(ticker);
  tickers.clear();
  const boss = await globalForBoss.strideBoss?.catch(() => undefined);
  globalForBoss.strideBoss = undefined;
  await boss?.stop({ graceful: true, timeout: 5000 });
}

/**
 * Deletes the e-mails still waiting to go to `address` (erasure: nothing more is sent
 * to an erased patient), through the caller's transaction. Each job is opened to read
 * its address, as the worker would. Returns how many were cancelled.
 */
export async function cancelQueuedMailTo(db: SqlExecutor, address: string): Promise<number> {
  await mailBoss(); // its schema exists before the first message is ever queued
  const { rows } = await db.executeSql(
    "SELECT id::text, data FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry') FOR UPDATE SKIP LOCKED",
    [QUEUE],
  );
  const mine = (rows as { id: string; data: { sealed: string } }[])
    .filter((job) => queuedMessage(job.data).to.toLowerCase() === address.toLowerCase())
    .map((job) => job.id);
  if (mine.length > 0) {
    // One text parameter: executors pass arrays on as JSON.
    await db.executeSql("DELETE FROM pgboss.job WHERE name = $1 AND id = ANY(string_to_array($2, ',')::uuid[])", [
      QUEUE,
      mine.join(","),
    ]);
  }
  return mine.length;
}
