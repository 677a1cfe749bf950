import "server-only";

import { runSoon } from "@/lib/mail/queue";

/** The queue name of the waitlist's minute job (lib/mail/worker-start.ts). */
export const WAITLIST_JOB = "waitlist-offers";

/**
 * Time has just come free (or an offer was let go): offer it within seconds rather
 * than at the next minute. Only a hint: the minute job finds the freed time anyway,
 * so a failure here is logged and the change that asked still stands.
 */
export async function nudgeWaitlist(): Promise<void> {
  await runSoon(WAITLIST_JOB).catch((error: unknown) =>
    console.error(`Waitlist: run not queued (${(error as Error).message}); the minute job will offer the time`),
  );
}
