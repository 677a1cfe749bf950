import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import getPort from "get-port";

import { seed } from "../prisma/seed";
import { buildProduction } from "./lib/build-stamp";
import { runCli } from "./lib/cli";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { startScriptDelayProxy, type ScriptDelayProxy } from "./lib/script-delay-proxy";
import { createTestDatabase } from "./lib/test-database";

// `npm run lighthouse`: prints figures, asserts nothing. Lighthouse 12.2.3's mobile
// audit (its default: simulated slow 4G and a 4x slower CPU) of the home page and a
// condition page, LIGHTHOUSE_RUNS times each (median shown), on a fresh production
// build. LIGHTHOUSE_BASELINE=<dist folder of an earlier build> measures that build
// too, run for run in turn with this one, so both meet the same machine load.
// LIGHTHOUSE_SCRIPT_DELAY_MS=<ms> is a diagnostic, not the score: the pages' scripts
// reach the browser that much later, as over a real network (see README).
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const DIST = process.env.LIGHTHOUSE_DIST ?? ".next-lighthouse";
const BASELINE = process.env.LIGHTHOUSE_BASELINE;
const PAGES = ["/", "/conditions/runners-knee"];
const CHROME = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
const KEEP = process.env.LIGHTHOUSE_KEEP; // a folder to keep each run's full report in
const SCRIPT_DELAY_MS = Number(process.env.LIGHTHOUSE_SCRIPT_DELAY_MS ?? 0);
const run = promisify(execFile);

interface Figures {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  // The browser's own first paint, unthrottled. When Chromium holds it past the page's
  // scripts, Lighthouse's simulated LCP counts their download and evaluation, and its
  // TBT (which starts at first paint) leaves their evaluation out.
  paint: number;
}

async function audit(url: string, name: string): Promise<Figures> {
  const out = mkdtempSync(path.join(os.tmpdir(), "stride-lighthouse-"));
  const file = path.join(out, "report.json");
  try {
    await run(
      "npx",
      [
        "-y",
        "lighthouse@12.2.3",
        url,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${file}`,
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      ],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
    );
    if (KEEP) cpSync(file, path.join(KEEP, `${name}.json`));
    const report = JSON.parse(readFileSync(file, "utf8")) as {
      categories: { performance: { score: number } };
      audits: Record<string, { numericValue: number; details?: { items?: { observedFirstPaint?: number }[] } }>;
    };
    const value = (id: string) => report.audits[id]!.numericValue;
    return {
      score: Math.round(report.categories.performance.score * 100),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      fcp: value("first-contentful-paint"),
      paint: report.audits.metrics?.details?.items?.[0]?.observedFirstPaint ?? Number.NaN,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function summary(runs: Figures[]): string {
  const m = (key: keyof Figures) => median(runs.map((r) => r[key]));
  const each = runs.map(
    (r) =>
      `${r.score} (LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${Math.round(r.tbt)} ms, first paint ${Math.round(r.paint)} ms)`,
  );
  return (
    `score ${m("score")} · LCP ${(m("lcp") / 1000).toFixed(2)} s · TBT ${Math.round(m("tbt"))} ms · ` +
    `FCP ${(m("fcp") / 1000).toFixed(2)} s · CLS ${m("cls").toFixed(3)}\n` +
    `${"".padEnd(52)}runs: ${each.join("; ")}`
  );
}

runCli(async () => {
  if (KEEP) mkdirSync(KEEP, { recursive: true });
  const database = await createTestDatabase();
  const servers: ReturnType<typeof spawnNext>[] = [];
  const proxies: ScriptDelayProxy[] = [];
  try {
    await seed(database.url);
    const env = {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "lighthouse-only-secret",
      NEXT_TELEMETRY_DISABLED: "1",
      STRIDE_MAIL_DIR: mkdtempSync(path.join(os.tmpdir(), "stride-lighthouse-mail-")),
    };
    // `next build` adds its folder's types to tsconfig.json; a measurement leaves the tree as it was.
    const tsconfig = readFileSync("tsconfig.json", "utf8");
    await buildProduction(DIST, env, { fresh: true });
    writeFileSync("tsconfig.json", tsconfig);
    const builds = BASELINE ? [BASELINE, DIST] : [DIST];
    const bases: string[] = [];
    for (const dist of builds) {
      const port = await getPort({ host: "127.0.0.1" });
      const base = `http://127.0.0.1:${port}`;
      const server = spawnNext(["start", "--hostname", "127.0.0.1", "--port", String(port)], {
        ...env,
        NEXTAUTH_URL: base,
        STRIDE_DIST_DIR: dist,
      });
      servers.push(server);
      await waitForHealthy(base, server);
      if (SCRIPT_DELAY_MS > 0) {
        const proxy = await startScriptDelayProxy(base, SCRIPT_DELAY_MS);
        proxies.push(proxy);
        bases.push(proxy.url);
      } else bases.push(base);
    }
    const results = builds.map(() => PAGES.map(() => [] as Figures[]));
    for (let i = 0; i < RUNS; i++) {
      for (const [p, page] of PAGES.entries()) {
        for (const [b, base] of bases.entries()) {
          await fetch(`${base}${page}`); // warm: the first request renders a stale page again
          // No leading dot: a report named after `.next-lighthouse` would be hidden from `ls`.
          const name = `${path.basename(builds[b]!).replace(/^\.+/, "")}${page.replaceAll("/", "_")}-${i + 1}`;
          results[b]![p]!.push(await audit(`${base}${page}`, name));
        }
      }
    }
    // Figures differ between machines and browser builds: say which browser and what load measured them.
    const { stdout: chrome } = await run(CHROME, ["--version"]);
    console.log(
      `\nLighthouse 12.2.3, mobile, median of ${RUNS}; ${chrome.trim()}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}${SCRIPT_DELAY_MS > 0 ? `; DIAGNOSTIC: scripts held back ${SCRIPT_DELAY_MS} ms` : ""}`,
    );
    for (const [b, dist] of builds.entries()) {
      for (const [p, page] of PAGES.entries())
        console.log(`${dist.padEnd(24)} ${page.padEnd(26)} ${summary(results[b]![p]!)}`);
    }
  } finally {
    for (const proxy of proxies) await proxy.close();
    for (const server of servers) await stopProcessGroup(server);
    await database.drop();
  }
});
