import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

import getPort from "get-port";
import pg from "pg";

import { seed } from "../prisma/seed";
import { addPostingTherapists, seedBusyClinic } from "./lib/bench-data";
import { load, type LoadResult } from "./lib/bench-load";
import { buildProduction } from "./lib/build-stamp";
import { runCli } from "./lib/cli";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { createTestDatabase } from "./lib/test-database";

// `npm run bench:booking`: prints figures, asserts nothing. Every route is
// measured in the same run as two baselines: a bare node:http server (the
// machine's ceiling) and the app's /api/health (the framework's floor).
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DIST = ".next-bench";

runCli(async () => {
  const database = await createTestDatabase();
  let server: ReturnType<typeof spawnNext> | undefined;
  const raw = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"status":"ok"}');
  });
  try {
    await seed(database.url);
    const busy = await seedBusyClinic(database.url);
    console.log(`Seeded ${busy.therapists} therapists and ${busy.bookings} bookings`);
    const port = await getPort({ host: "127.0.0.1" });
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      // Load from one address: the public limits would refuse it (README "Limits").
      STRIDE_RATE_LIMITS: "off",
      NODE_ENV: "production" as const,
      DATABASE_URL: database.url,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "bench-only-secret",
      NEXT_TELEMETRY_DISABLED: "1",
      STRIDE_DIST_DIR: DIST,
      STRIDE_MAIL_DIR: mkdtempSync(path.join(os.tmpdir(), "stride-bench-mail-")),
    };
    await buildProduction(DIST, env, { fresh: true });
    server = spawnNext(["start", "--hostname", "127.0.0.1", "--port", String(port)], env);
    await waitForHealthy(base, server);
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;

    const therapists = (await (await fetch(`${base}/api/therapists`)).json()) as { id: string; slug: string }[];
    const one = therapists.find((t) => t.slug === "maya-okafor")!.id;
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    const results: LoadResult[] = [];
    const bodies: string[] = [];
    let next = 0;
    let reused = 0;
    // Each POST run starts from the same free times: the previous run's bench
    // bookings are deleted first, so every request still books a time that is
    // really free, and no run can exhaust what the next one needs.
    const freeAgain = async () => {
      if (bodies.length === 0) bodies.push(...(await bodiesForTheRun(base, database.url, therapists, results)));
      next = 0;
      await clearBenchBookings(database.url);
    };
    // Never more requests than free times (sized above); if a machine outruns
    // even that, the repeated times clash (409) and the route gets no ratio.
    const nextBody = () => {
      if (next < bodies.length) return bodies[next++];
      reused++;
      return bodies[next++ % bodies.length];
    };

    const targets = [
      { route: "raw node:http", url: rawUrl },
      { route: "GET /api/health", url: `${base}/api/health` },
      {
        route: "GET /api/slots (1 therapist, 14 days)",
        url: `${base}/api/slots?type=follow-up&therapist=${one}&from=${from}&to=${to}`,
      },
      {
        route: "GET /api/slots (any of 10, 14 days)",
        url: `${base}/api/slots?type=follow-up&therapist=any&from=${from}&to=${to}`,
      },
      {
        route: "POST /api/bookings",
        url: `${base}/api/bookings`,
        method: "POST" as const,
        bodies: nextBody,
        before: freeAgain,
      },
    ];
    for (const { before, ...target } of targets as ((typeof targets)[number] & { before?: () => Promise<void> })[]) {
      await before?.();
      await load({ ...target, connections: 4, seconds: 2 }); // warm-up, not reported
      for (const connections of [10, 50]) {
        await before?.();
        const result = await load({ ...target, connections, seconds: SECONDS });
        results.push(result);
        console.log(`  ${result.route} @${connections}: ${result.reqPerSec} req/s, p95 ${result.p95} ms`);
      }
    }
    if (reused) console.log(`✖ ${reused} POSTs reused a free time (sized too small): they clash, see non-2xx`);
    report(results);
  } finally {
    raw.close();
    if (server) await stopProcessGroup(server);
    await database.drop();
  }
});

/**
 * Free times for the POST runs, sized to the run: a POST cannot outrun
 * GET /api/health at the same connections (measured just before), so that rate
 * for the run's seconds, plus a quarter, bounds what one run can send. The
 * demo and busy therapists' free times come first; therapists with no bookings
 * are added (after the slot runs, which they would change) until it is enough.
 */
async function bodiesForTheRun(
  base: string,
  databaseUrl: string,
  therapists: { id: string }[],
  results: LoadResult[],
): Promise<string[]> {
  const fastest = Math.max(...results.filter((r) => r.route === "GET /api/health").map((r) => r.reqPerSec));
  const needed = Math.ceil(fastest * SECONDS * 1.25);
  const bodies = await distinctFreeBodies(
    base,
    therapists.map((t) => t.id),
  );
  let added = 0;
  while (bodies.length < needed) {
    const perTherapist = 1000; // about 20 a day for 50-odd days: under-estimated on purpose
    const count = Math.ceil((needed - bodies.length) / perTherapist);
    const ids = await addPostingTherapists(databaseUrl, count);
    added += count;
    const more = await distinctFreeBodies(base, ids, bodies.length);
    if (more.length === 0) throw new Error("New therapists have no free times: cannot size the booking runs");
    bodies.push(...more);
  }
  console.log(
    `${bodies.length} distinct free times for each booking run (needs at most ${needed}: /api/health's ${fastest} req/s × ${SECONDS} s × 1.25; ${added} therapists added for it)`,
  );
  return bodies.sort(() => Math.random() - 0.5);
}

/**
 * One JSON body per free time, never two that could clash (so a 409 means a
 * real clash, not our input): every therapist's free follow-ups from two days
 * out to the 60-day horizon, two weeks per request. The GET runs come first and
 * book nothing, so the POST runs may book their fortnight too.
 */
async function distinctFreeBodies(base: string, therapistIds: string[], numberFrom = 0): Promise<string[]> {
  const bodies: string[] = [];
  const number = () => numberFrom + bodies.length;
  for (const therapist of therapistIds) {
    for (const offset of [2, 16, 30, 44, 58]) {
      const from = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.now() + (offset + 13) * 86_400_000).toISOString().slice(0, 10);
      const response = await fetch(`${base}/api/slots?type=follow-up&therapist=${therapist}&from=${from}&to=${to}`);
      if (!response.ok) throw new Error(`GET /api/slots answered ${response.status}: ${await response.text()}`);
      const { slots } = (await response.json()) as { slots: { start: string; end: string }[] };
      let freeFrom = 0;
      for (const slot of slots) {
        if (Date.parse(slot.start) < freeFrom) continue;
        freeFrom = Date.parse(slot.end) + 5 * 60_000; // the follow-up's buffer after
        bodies.push(
          JSON.stringify({
            type: "follow-up",
            therapistId: therapist,
            start: slot.start,
            patient: {
              // Names are letters only: the number written in letters.
              name: `Bench ${[...String(number())].map((d) => "abcdefghij"[Number(d)]).join("")}`,
              email: `bench-post-${number()}@example.com`,
              phone: "07700 900000",
            },
          }),
        );
      }
    }
  }
  return bodies;
}

/**
 * Deletes what the POST runs booked (their patients' e-mails start bench-post-),
 * freeing those times again. autocannon stops with requests still in flight; the
 * count must hold still first, or a late booking would survive and clash later.
 */
async function clearBenchBookings(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async () =>
    (
      await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE p.email LIKE 'bench-post-%'",
      )
    ).rows[0]!.n;
  try {
    for (let last = -1, now = await count(), tries = 0; now !== last && tries < 60; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      [last, now] = [now, await count()];
    }
    await client.query(
      "DELETE FROM bookings WHERE patient_id IN (SELECT id FROM patients WHERE email LIKE 'bench-post-%')",
    );
    await client.query("DELETE FROM patients WHERE email LIKE 'bench-post-%'");
  } finally {
    await client.end();
  }
}

function report(results: LoadResult[]) {
  const ratio = (value: number, base: number | undefined) => (base ? Math.round((value / base) * 100) / 100 : null);
  // A run with any answer but 2xx, or a socket error or time-out (every GET and POST here expects 2xx)
  // did other work than the route's, faster or slower: it gets no ratio.
  const clean = (r: LoadResult) => Object.keys(r.non2xx).length === 0 && r.errors === 0;
  const rows = results.map((r) => {
    if (!clean(r)) return { ...r, vsHealth: null, vsRaw: null };
    const health = results.find((b) => b.route === "GET /api/health" && b.connections === r.connections)?.reqPerSec;
    const raw = results.find((b) => b.route === "raw node:http" && b.connections === r.connections)?.reqPerSec;
    return { ...r, vsHealth: ratio(r.reqPerSec, health), vsRaw: ratio(r.reqPerSec, raw) };
  });
  console.log("\n| route | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | × health | × raw |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.route} | ${r.connections} | ${r.reqPerSec} | ${r.p50} | ${r.p95} | ${r.p99} | ${JSON.stringify(r.non2xx)} | ${r.errors} | ${r.vsHealth ?? "— (not all 2xx)"} | ${r.vsRaw ?? "— (not all 2xx)"} |`,
    );
  }
  mkdirSync("bench", { recursive: true });
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(readFileSync("bench/results.json", "utf8")) as Record<string, unknown>;
  } catch {
    // First run.
  }
  existing.booking = { measuredAt: new Date().toISOString(), seconds: SECONDS, cores: os.cpus().length, results: rows };
  writeFileSync("bench/results.json", `${JSON.stringify(existing, null, 2)}\n`);
  console.log("\nWritten to bench/results.json");
}
