import "server-only";

import { dispatchDueMessages } from "@/lib/messages/dispatch";
import { runRetention } from "@/lib/patients/data/retention";
import { WAITLIST_JOB } from "@/lib/waitlist/nudge";
import { offerFreedTimes } from "@/lib/waitlist/offer-freed-times";

import { startEveryMinute, startMailWorker } from "./queue";

/** The retention run, reported in one line (a count, never a name). */
async function retentionRun() {
  const { years, anonymised } = await runRetention();
  console.log(`Retention: anonymised ${anonymised} patient record(s) with no appointment for ${years} years`);
}

/**
 * Starts the mail worker without holding up the server: if the database is
 * down at start-up, it tries again every 15 seconds until it is back.
 */
export function startMailWorkerWhenReady(retryMs = 15_000): void {
  startMailWorker()
    .then(() => startEveryMinute("booking-messages", () => dispatchDueMessages()))
    .then(() => startEveryMinute(WAITLIST_JOB, () => offerFreedTimes()))
    // Every 12 hours: pg-boss keeps a singleton for at most its archive interval (12 h).
    // A second run in a day finds nothing new to anonymise.
    .then(() => startEveryMinute("patient-retention", retentionRun, 43_200))
    .catch((error: unknown) => {
      console.error(`Mail worker not started yet (${(error as Error).message}); retrying in ${retryMs / 1000} s`);
      setTimeout(() => startMailWorkerWhenReady(retryMs), retryMs).unref();
    });
}
