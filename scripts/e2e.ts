import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import getPort from "get-port";

import { seed } from "../prisma/seed";
import { buildProduction } from "./lib/build-stamp";
import { runCli } from "./lib/cli";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { createTestDatabase } from "./lib/test-database";

// `npm run test:e2e`: a fresh database, a production build, `next start` on a
// free loopback port in its own process group, then Playwright. Everything it
// started is stopped and the database dropped, pass or fail.
export const E2E_DIST_DIR = ".next-e2e";

runCli(async () => {
  const database = await createTestDatabase();
  // The server writes its e-mails here (no SMTP in this run); tests read them (e2e/mail.ts).
  const mailDir = await mkdtemp(path.join(os.tmpdir(), "stride-e2e-mail-"));
  let server: ReturnType<typeof spawnNext> | undefined;
  let exitCode = 1;
  try {
    await seed(database.url);
    const port = await getPort({ host: "127.0.0.1" });
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production",
      NEXT_TELEMETRY_DISABLED: "1",
      STRIDE_DIST_DIR: E2E_DIST_DIR,
      STRIDE_MAIL_DIR: mailDir,
      // Every test comes from 127.0.0.1 and many book: the limits are tested in lib/booking/public-limits.test.ts.
      STRIDE_RATE_LIMITS: "off",
      // `npm test` ran `tsc` just before; the build need not type-check again.
      STRIDE_SKIP_BUILD_TYPECHECK: "1",
    };
    await buildProduction(E2E_DIST_DIR, env, { fresh: true });
    server = spawnNext(["start", "--hostname", "127.0.0.1", "--port", String(port)], env);
    await waitForHealthy(baseUrl, server);

    const playwright = spawn(path.resolve("node_modules/.bin/playwright"), ["test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...env, E2E_BASE_URL: baseUrl, E2E_DATABASE_URL: database.url },
    });
    exitCode = await new Promise<number>((resolve) => playwright.on("exit", (c) => resolve(c ?? 1)));
  } finally {
    if (server) await stopProcessGroup(server);
    await database.drop();
    await rm(mailDir, { recursive: true, force: true });
  }
  process.exit(exitCode);
});
