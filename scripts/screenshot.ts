import { chromium } from "@playwright/test";

import config from "../playwright.config";

// Usage: tsx scripts/screenshot.ts <url> <file.png> [width] [height]
// Takes a full-page screenshot with the same Chromium and flags as the e2e tests.
// For staff pages, set STRIDE_SCREENSHOT_LOGIN=email:password to sign in first.
const [url, file, width = "1280", height = "800"] = process.argv.slice(2);
if (!url || !file) {
  console.error("usage: tsx scripts/screenshot.ts <url> <file.png> [width] [height]");
  process.exit(2);
}
const browser = await chromium.launch(config.use?.launchOptions);
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const login = process.env.STRIDE_SCREENSHOT_LOGIN;
if (login) {
  const [email = "", password = ""] = login.split(/:(.*)/s);
  await page.goto(new URL("/staff/login", url).toString());
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/staff/login"));
}
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: file, fullPage: true });
await browser.close();
console.log(`saved ${file} (${width}×${height})`);
