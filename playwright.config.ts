import { existsSync } from "node:fs";

import { defineConfig, devices } from "@playwright/test";

// Browsers cannot be downloaded on every machine: prefer a system Chromium.
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// scripts/e2e.ts builds the app, starts `next start` on a free loopback port and
// passes its address here; it also owns the throwaway database.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

// Specs that run once, not per screen size: three start their own servers, one loads the API,
// one reads the build.
const ONCE =
  /(outage|instances|booking-api|staff-authorization|no-pii-in-logs|build-trace|headers|hostile-input|body-limit)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // A whole patient journey with axe on every step takes 10–40 s on a 2-core CI machine; 60 s leaves room for a busy one.
  timeout: 60_000,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      testIgnore: ONCE,
      // A patient's phone journey whose behaviour the width does not change runs once, at 375 px (e2e/projects.ts).
      grepInvert: /@phone-only/,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "phone",
      testIgnore: ONCE,
      // Tests of behaviour that does not depend on the screen size run once (e2e/projects.ts).
      grepInvert: /@desktop-only/,
      use: { ...devices["Desktop Chrome"], channel: undefined, viewport: { width: 375, height: 740 }, isMobile: false },
    },
    { name: "once", testMatch: ONCE, use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
});
