import { DRAIN_MS, drain } from "./traffic";

/**
 * SIGTERM (a deploy, `docker stop`, a scale-down) or SIGINT: drain (lib/server/traffic.ts)
 * while the job worker finishes its running job, then exit 0. Next.js's own handler
 * would close the server at once, and it is installed before instrumentation runs unless
 * NEXT_MANUAL_SIG_HANDLE is set (the start scripts and the Docker image set it): for a
 * plain `next start` without it, this takes the signals over.
 */
export function stopGracefullyOnSignal(stopWorker: () => Promise<void>): void {
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
    process.removeAllListeners("SIGTERM");
    process.removeAllListeners("SIGINT");
  }
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    console.log(`${signal}: draining, at most ${DRAIN_MS / 1000} s (health answers 503, new requests 503)`);
    const [left] = await Promise.all([
      drain(),
      stopWorker().catch((error: unknown) => console.error(`Mail worker stop: ${(error as Error).message}`)),
    ]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Drained in ${seconds} s${left > 0 ? `, ${left} requests still running were cut off` : ""}; exiting`);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
