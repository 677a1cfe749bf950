import "server-only";

import { dispatchDueMessages } from "@/lib/messages/dispatch";
import { WAITLIST_JOB } from "@/lib/waitlist/nudge";
import { offerFreedTimes } from "@/lib/waitlist/offer-freed-times";

import { startEveryMinute, startMailWorker } from "./queue";

/**
 * Starts the mail worker without holding up the server: if the database is
 * down at start-up, it tries again every 15 seconds until it is back.
 */
export function startMailWorkerWhenReady(retryMs = 15_000): void {
  startMailWorker()
    .then(() => startEveryMinute("booking-messages", () => dispatchDueMessages()))
    .then(() => startEveryMinute(WAITLIST_JOB, () => offerFreedTimes()))
    .catch((error: unknown) => {
      console.error(`Mail worker not started yet (${(error as Error).message}); retrying in ${retryMs / 1000} s`);
      setTimeout(() => startMailWorkerWhenReady(retryMs), retryMs).unref();
    });
}
