import { chromium } from "@playwright/test";

import config from "../playwright.config";

// Usage: tsx scripts/measure-js.ts <base-url> <path> [<path> …]
// Prints the JavaScript each page loads on first visit (fresh browser context,
// no cache), as bytes over the wire (compressed body) and uncompressed.
const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
  console.error("usage: tsx scripts/measure-js.ts <base-url> <path> [<path> …]");
  process.exit(2);
}
const browser = await chromium.launch(config.use?.launchOptions);
console.log("page".padEnd(38), "scripts", "wire bytes", "  raw bytes");
for (const path of paths) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(path, base).toString(), { waitUntil: "load" });
  // Resource Timing gives each script's compressed (encoded) and decoded size. Only
  // scripts requested before the load event count: after it, Next.js prefetches
  // the code of pages that links point to, which is not this page's first load.
  const sizes = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    return performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".js"))
      .filter((entry) => entry.startTime <= (navigation?.loadEventStart ?? Infinity))
      .map((entry) => {
        const timing = entry as PerformanceResourceTiming;
        return { wire: timing.encodedBodySize, raw: timing.decodedBodySize };
      });
  });
  const wire = sizes.reduce((n, s) => n + s.wire, 0);
  const raw = sizes.reduce((n, s) => n + s.raw, 0);
  console.log(path.padEnd(38), String(sizes.length).padStart(7), String(wire).padStart(10), String(raw).padStart(11));
  await context.close();
}
await browser.close();
