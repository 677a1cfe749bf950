import { chromium } from "@playwright/test";

import config from "../playwright.config";

// Usage: tsx scripts/screenshot.ts <url> <file.png> [width] [height]
// Takes a full-page screenshot with the same Chromium and flags as the e2e tests.
const [url, file, width = "1280", height = "800"] = process.argv.slice(2);
if (!url || !file) {
  console.error("usage: tsx scripts/screenshot.ts <url> <file.png> [width] [height]");
  process.exit(2);
}
const browser = await chromium.launch(config.use?.launchOptions);
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url, { waitUntil: "load" });
await page.screenshot({ path: file, fullPage: true });
await browser.close();
console.log(`saved ${file} (${width}×${height})`);
