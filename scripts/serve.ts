import getPort, { portNumbers } from "get-port";

import { demoLogins } from "../prisma/seed";
import { buildProduction, currentBuildInputs, staleBuildReasons } from "./lib/build-stamp";
import { onStopSignal, runCli } from "./lib/cli";
import { takeOverShutdown } from "./lib/embedded";
import { acquireInstanceLock } from "./lib/instance-lock";
import type { OpenDatabase } from "./lib/local-database";
import { openPreparedDatabase } from "./lib/prepare-database";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { localAuthSecret } from "./lib/secret";

// `npm run dev` and `npm start`: database first (embedded when DATABASE_URL is
// unset), migrations, the clinic's details and demo data on first start, then
// Next.js. Stopping is ordered: Next.js first, then the database.
const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") throw new Error("usage: serve.ts dev|start");
const DIST_DIR = ".next";

runCli(async () => {
  const lock = acquireInstanceLock();
  takeOverShutdown();
  let database: OpenDatabase | undefined;
  let next: ReturnType<typeof spawnNext> | undefined;
  const shutdown = onStopSignal(async () => {
    console.log("\n  Stopping Stride…");
    await step("Next.js stopped", next && (() => stopProcessGroup(next!)));
    await step(database?.embedded ? "Embedded PostgreSQL stopped" : "", database?.close);
    lock.release();
  });

  try {
    const opened = await openPreparedDatabase();
    database = opened.database;
    const { seedDemo } = opened;

    const wanted = Number(process.env.PORT ?? 3000);
    const port = await getPort({ port: portNumbers(wanted, wanted + 20) });
    if (port !== wanted) console.log(`⚠ Port ${wanted} is in use, so Stride will use port ${port} instead.`);
    const url = `http://localhost:${port}`;
    lock.setUrl(url, database.url);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
      STRIDE_DIST_DIR: DIST_DIR,
    };

    if (mode === "start") {
      const reasons = staleBuildReasons(DIST_DIR, currentBuildInputs(env));
      if (reasons.length > 0) {
        console.log(`  Building for production: ${reasons.join("; ")}`);
        await buildProduction(DIST_DIR, env);
      }
    }

    next = spawnNext([mode, "--port", String(port)], env);
    next.on("exit", (code) => void shutdown(code ?? 0));
    // No refresh of cached pages is needed: the cache believes nothing from before this start (lib/cache).
    await waitForHealthy(`http://127.0.0.1:${port}`, next);
    console.log(`\n✔ Stride is running at ${url}`);
    console.log(
      database.embedded ? `  Database: embedded PostgreSQL (data in .data/postgres)` : `  Database: DATABASE_URL`,
    );
    if (seedDemo) {
      console.log("  Demo data: the demo clinic, its services and therapists, and sample bookings with questionnaires");
      const logins = demoLogins();
      console.log(`  Staff sign-in: ${url}/staff/login, password "${logins[0]?.password}" for each demo login`);
      for (const login of logins) console.log(`    ${login.email} (${login.role})`);
    }
    console.log("  Press Ctrl-C to stop.\n");
  } catch (error) {
    if (next) await stopProcessGroup(next);
    await database?.close();
    lock.release();
    throw error;
  }
});

/** Runs one shutdown step, bounded by the step's own time-outs, and says how long it took. */
async function step(done: string, action: (() => Promise<void>) | undefined) {
  if (!action) return;
  const started = Date.now();
  try {
    await action();
    if (done) console.log(`  ✔ ${done} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`  ✖ ${done || "Stopping"} failed: ${(error as Error).message}`);
  }
}
