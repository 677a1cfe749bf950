// Runs once when the Next.js server starts. The peer header must be in place
// before requests are read (every per-address limit and the audit trail use it);
// the e-mail worker lives in the server process, so queued mail is sent wherever the app runs;
// traffic control sheds load with 503 and drains on SIGTERM (lib/server/traffic.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installPeerHeader } = await import("./lib/auth/peer-header");
  const { trustedProxies } = await import("./lib/auth/client-address");
  installPeerHeader();
  const { installTrafficControl } = await import("./lib/server/traffic");
  installTrafficControl();
  // A wrong TRUSTED_PROXIES stops the start, rather than trusting nobody (or everybody) by surprise.
  trustedProxies();
  const { startMailWorkerWhenReady } = await import("./lib/mail/worker-start");
  const { stopMailWorker } = await import("./lib/mail/queue");
  const { stopGracefullyOnSignal } = await import("./lib/server/graceful-stop");
  startMailWorkerWhenReady();
  stopGracefullyOnSignal(stopMailWorker);
}
