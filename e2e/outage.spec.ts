import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { expect, test, type Browser } from "@playwright/test";
import getPort from "get-port";
import pg from "pg";

import { refreshToken } from "../lib/clinic/refresh-token";
import { seed } from "../prisma/seed";
import { startEmbedded, type EmbeddedServer } from "../scripts/lib/embedded";
import { createDatabaseIfMissing } from "../scripts/lib/local-database";
import { migrate } from "../scripts/lib/migrate";
import { spawnNext, stopProcessGroup, waitForHealthy } from "../scripts/lib/next-process";
import { withDatabase } from "../scripts/lib/database-url";

// A second copy of the e2e build, served against a PostgreSQL that this file
// owns, so it can stop the database under a running app and start it again.
test.describe.configure({ mode: "serial" });

const PUBLIC_PAGES = ["/", "/conditions", "/conditions/runners-knee", "/book", "/book?type=follow-up"];
const secret = "outage-test-secret";
let parent: string;
let database: EmbeddedServer;
let databaseUrl: string;
let server: ReturnType<typeof spawnNext>;
let baseUrl: string;
let distDir: string;

async function startDatabase(port?: number) {
  database = await startEmbedded({ dataDir: path.join(parent, "data"), persistent: true, port });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  parent = await mkdtemp(path.join(os.tmpdir(), "stride-outage-"));
  await startDatabase();
  await createDatabaseIfMissing(database.serverUrl, "stride");
  databaseUrl = withDatabase(database.serverUrl, "stride");
  await migrate(databaseUrl);
  await seed(databaseUrl);
  distDir = `${process.env.STRIDE_DIST_DIR ?? ".next-e2e"}-outage`;
  await rm(distDir, { recursive: true, force: true });
  await cp(process.env.STRIDE_DIST_DIR ?? ".next-e2e", distDir, { recursive: true });
  const port = await getPort({ host: "127.0.0.1" });
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawnNext(["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: secret,
    STRIDE_DIST_DIR: distDir,
  });
  await waitForHealthy(baseUrl, server);
});

test.afterAll(async () => {
  if (server) await stopProcessGroup(server);
  await database?.stop();
  if (distDir) await rm(distDir, { recursive: true, force: true });
  if (parent) await rm(parent, { recursive: true, force: true });
});

/** Each page's HTML as a browser without JavaScript sees it. */
async function htmlWithoutJs(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(new URL(url, baseUrl).toString());
  const result = { status: response?.status(), text: await page.locator("body").innerText() };
  await context.close();
  return result;
}

test("a change to the clinic's phone number shows on every public page, header and footer", async ({ browser }) => {
  for (const url of PUBLIC_PAGES) expect((await htmlWithoutJs(browser, url)).text).toContain("0117 496 0123");

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("UPDATE clinic_settings SET phone = '0117 496 0777' WHERE id = 1");
  await client.end();
  const refreshed = await fetch(`${baseUrl}/api/clinic/refresh`, {
    method: "POST",
    headers: { authorization: `Bearer ${refreshToken(secret)}` },
  });
  expect(refreshed.status).toBe(200);

  for (const url of PUBLIC_PAGES) {
    await expect
      .poll(
        async () => {
          const { text } = await htmlWithoutJs(browser, url);
          return {
            header: text.includes("Need help? Call the clinic on 0117 496 0777"),
            old: text.includes("0117 496 0123"),
          };
        },
        { message: url, timeout: 15_000 },
      )
      .toEqual({ header: true, old: false });
  }
});

test("a refresh without the right token is refused", async () => {
  const response = await fetch(`${baseUrl}/api/clinic/refresh`, {
    method: "POST",
    headers: { authorization: "Bearer nope" },
  });
  expect(response.status).toBe(403);
});

test("with the database down, public pages keep working and health says 503; it recovers without a restart", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const port = database.port;
  await database.stop();

  const health = await fetch(`${baseUrl}/api/health`);
  expect(health.status).toBe(503);

  const home = await htmlWithoutJs(browser, "/");
  expect(home.status).toBe(200);
  expect(home.text).toContain("Initial assessment");
  expect(home.text).toContain("£65");
  expect(home.text).toContain("Maya Okafor");
  expect(home.text).toContain("0117 496 0777");
  for (const url of ["/conditions", "/conditions/runners-knee", "/book?type=follow-up"]) {
    const page = await htmlWithoutJs(browser, url);
    expect(page.status, url).toBe(200);
    expect(page.text, url).toContain("Need help? Call the clinic on 0117 496 0777");
  }
  // Choosing a time truly needs the database: it says so, with the phone number, in plain HTML.
  const booking = await htmlWithoutJs(browser, "/book?type=follow-up");
  expect(booking.text).toContain("You chose: Follow-up");
  expect(booking.text).toContain("Online booking is not available right now");
  expect(booking.text).toContain("Please call us on 0117 496 0777");

  await startDatabase(port);
  const backAt = Date.now();
  await expect.poll(async () => (await fetch(`${baseUrl}/api/health`)).status, { timeout: 15_000 }).toBe(200);
  test.info().annotations.push({ type: "health recovered after", description: `${Date.now() - backAt} ms` });
});
