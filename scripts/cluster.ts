import getPort, { portNumbers } from "get-port";

import { demoLogins } from "../prisma/seed";

import { buildProduction, currentBuildInputs, staleBuildReasons } from "./lib/build-stamp";
import { onStopSignal, runCli } from "./lib/cli";
import { takeOverShutdown } from "./lib/embedded";
import { acquireInstanceLock } from "./lib/instance-lock";
import type { OpenDatabase } from "./lib/local-database";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { openPreparedDatabase } from "./lib/prepare-database";
import { localAuthSecret } from "./lib/secret";

// `npm run cluster -- 2`: N production instances on one database (embedded when
// DATABASE_URL is unset, as `npm start`), for trying several instances without
// Docker. One build, one migration and seed, then N `next start`s on their own ports,
// sharing NEXTAUTH_SECRET. Ctrl-C drains every instance, then stops the database.
const count = Number(process.argv[2] ?? 2);
if (!Number.isInteger(count) || count < 1 || count > 8) throw new Error("usage: npm run cluster -- <1 to 8 instances>");
const DIST_DIR = ".next";

runCli(async () => {
  const lock = acquireInstanceLock();
  takeOverShutdown();
  let database: OpenDatabase | undefined;
  const instances: ReturnType<typeof spawnNext>[] = [];
  const shutdown = onStopSignal(async () => {
    console.log(`\n  Stopping ${instances.length} instances (each drains for at most 10 s)…`);
    const started = performance.now();
    await Promise.all(instances.map((instance) => stopProcessGroup(instance)));
    console.log(`  ✔ Instances stopped (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    await database?.close();
    lock.release();
  });

  try {
    const opened = await openPreparedDatabase();
    database = opened.database;
    const { seedDemo } = opened;

    const secret = process.env.NEXTAUTH_SECRET ?? localAuthSecret();
    const base: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
      STRIDE_DIST_DIR: DIST_DIR,
    };
    const reasons = staleBuildReasons(DIST_DIR, currentBuildInputs(base));
    if (reasons.length > 0) {
      console.log(`  Building for production: ${reasons.join("; ")}`);
      await buildProduction(DIST_DIR, base);
    }

    const first = Number(process.env.PORT ?? 3001);
    const urls: string[] = [];
    for (let i = 0; i < count; i++) {
      const port = await getPort({ port: portNumbers(first + i, first + i + 40) });
      const url = `http://localhost:${port}`;
      const instance = spawnNext(["start", "--port", String(port)], { ...base, NEXTAUTH_URL: url });
      instance.on("exit", (code) => void shutdown(code ?? 0));
      instances.push(instance);
      urls.push(url);
    }
    await Promise.all(urls.map((url, i) => waitForHealthy(url.replace("localhost", "127.0.0.1"), instances[i]!)));
    lock.setUrl(urls[0]!, database.url);
    console.log("");
    urls.forEach((url, i) => console.log(`✔ Instance ${i + 1} at ${url}`));
    console.log(`  Database: ${database.embedded ? "embedded PostgreSQL (data in .data/postgres)" : "DATABASE_URL"}`);
    console.log("  Each address works on its own; a change made on one shows on the others within 2 s.");
    if (seedDemo) {
      const logins = demoLogins();
      console.log(`  Staff sign-in: ${urls[0]}/staff/login, password "${logins[0]?.password}" for each demo login`);
      for (const login of logins) console.log(`    ${login.email} (${login.role})`);
    }
    console.log("  Press Ctrl-C to stop them all.\n");
  } catch (error) {
    await Promise.all(instances.map((instance) => stopProcessGroup(instance)));
    await database?.close();
    lock.release();
    throw error;
  }
});
