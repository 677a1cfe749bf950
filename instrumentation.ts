// Runs once when the Next.js server starts: the e-mail worker lives in the
// server process, so queued mail is sent wherever the app runs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailWorkerWhenReady } = await import("./lib/mail/worker-start");
  startMailWorkerWhenReady();
}
