import { existsSync } from "node:fs";
import path from "node:path";

import getPort, { portNumbers } from "get-port";

import { demoLogins, seed } from "../prisma/seed";
import { printLogins, runCli } from "./lib/cli";
import { SetupError } from "./lib/database-url";
import { isEmptyClinic, openDatabase } from "./lib/local-database";
import { migrate } from "./lib/migrate";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { localAuthSecret } from "./lib/secret";

// `npm run dev` and `npm start`: database first (embedded when DATABASE_URL is
// unset), migrations, demo data on first start, then Next.js.
const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") throw new Error("usage: serve.ts dev|start");

runCli(async () => {
  const database = await openDatabase();
  let next: ReturnType<typeof spawnNext> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next) await stopProcessGroup(next);
    await database.close();
    if (database.embedded) console.log("✔ Embedded PostgreSQL stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await migrate(database.url, (line) => console.log(`  ${line}`));
    const seedDemo = database.embedded || process.env.STRIDE_SEED_DEMO === "true";
    if (seedDemo && (await isEmptyClinic(database.url))) {
      console.log("  First start: adding demo data");
      await seed(database.url);
    }

    const wanted = Number(process.env.PORT ?? 3000);
    const port = await getPort({ port: portNumbers(wanted, wanted + 20) });
    if (port !== wanted) console.log(`⚠ Port ${wanted} is in use, so Stride will use port ${port} instead.`);
    const url = `http://localhost:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    };

    if (mode === "start" && !existsSync(path.resolve(".next", "BUILD_ID"))) {
      console.log("  No production build yet: running `next build` first");
      const build = spawnNext(["build"], env);
      const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
      if (code !== 0) throw new SetupError("`next build` failed; see the output above.");
    }

    next = spawnNext([mode, "--port", String(port)], env);
    next.on("exit", (code) => void shutdown(code ?? 0));
    await waitForHealthy(`http://127.0.0.1:${port}`, next);
    console.log(`\n✔ Stride is running at ${url}`);
    console.log(database.embedded ? `  Database: embedded PostgreSQL (data in .data/postgres)` : `  Database: DATABASE_URL`);
    if (seedDemo) printLogins(demoLogins());
    console.log("  Press Ctrl-C to stop.\n");
  } catch (error) {
    if (next) await stopProcessGroup(next);
    await database.close();
    throw error;
  }
});
