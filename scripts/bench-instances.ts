import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import getPort from "get-port";
import pg from "pg";

import { seed } from "../prisma/seed";
import { seedBusyClinic } from "./lib/bench-data";
import { load, type LoadResult } from "./lib/bench-load";
import { buildProduction, currentBuildInputs, staleBuildReasons } from "./lib/build-stamp";
import { runCli } from "./lib/cli";
import { spawnNext, stopProcessGroup, waitForHealthy } from "./lib/next-process";
import { createTestDatabase } from "./lib/test-database";

// `npm run bench:instances`: prints figures, asserts nothing but prints what broke
// the rules. 200 connections for 20 s of mixed free-time reads and bookings, first
// all on one instance, then split across two on the same database (each with its own
// copy of the build). Any status but 2xx, 409, 422, 429 or 503 is reported, and so is
// any pair of live bookings that overlap afterwards.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
// BENCH_MIX=bookings loads only the booking route (to look at it alone).
const READ_SHARE = process.env.BENCH_MIX === "bookings" ? 0 : 0.7;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 200);
const DIST = ".next-bench-instances";
const ALLOWED = new Set(["409", "422", "429", "503"]);

interface Instance {
  url: string;
  server: ReturnType<typeof spawnNext>;
}

runCli(async () => {
  const database = await createTestDatabase();
  const instances: Instance[] = [];
  const mail = await mkdtemp(path.join(os.tmpdir(), "stride-bench-mail-"));
  try {
    await seed(database.url);
    const busy = await seedBusyClinic(database.url);
    console.log(`Seeded ${busy.therapists} therapists and ${busy.bookings} bookings`);
    const env = {
      ...process.env,
      STRIDE_RATE_LIMITS: "off",
      NODE_ENV: "production" as const,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: "bench-only-secret",
      NEXT_TELEMETRY_DISABLED: "1",
      STRIDE_MAIL_DIR: mail,
    };
    const buildEnv = { ...env, STRIDE_DIST_DIR: DIST };
    const reasons = staleBuildReasons(DIST, currentBuildInputs(buildEnv));
    if (reasons.length > 0) await buildProduction(DIST, buildEnv);
    await rm(`${DIST}-b`, { recursive: true, force: true });
    await cp(DIST, `${DIST}-b`, { recursive: true });
    for (const dist of [DIST, `${DIST}-b`]) {
      const port = await getPort({ host: "127.0.0.1" });
      const url = `http://127.0.0.1:${port}`;
      const server = spawnNext(["start", "--hostname", "127.0.0.1", "--port", String(port)], {
        ...env,
        NEXTAUTH_URL: url,
        STRIDE_DIST_DIR: dist,
      });
      instances.push({ url, server });
      await waitForHealthy(url, server);
    }

    const therapists = (await (await fetch(`${instances[0]!.url}/api/therapists`)).json()) as { id: string }[];
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10);
    const slotsPath = `/api/slots?type=follow-up&therapist=any&from=${from}&to=${to}`;
    let n = 0;
    // Random quarter-hours in the next fortnight: many are free, many clash (409), some are outside hours (422).
    const booking = () => {
      const day = 2 + Math.floor(Math.random() * 13);
      const minutes = 8 * 60 + 15 * Math.floor(Math.random() * 40);
      const start = new Date(new Date().setUTCHours(0, 0, 0, 0) + day * 86_400_000 + minutes * 60_000);
      const therapist = therapists[Math.floor(Math.random() * therapists.length)]!;
      return JSON.stringify({
        type: "follow-up",
        therapistId: therapist.id,
        start: start.toISOString(),
        patient: { name: "Bench Patient", email: `bench.${n++}@example.com`, phone: "07700 900555" },
      });
    };

    // Seven in ten connections read free times, three in ten book, as a busy booking page would.
    const mix = async (label: string, targets: Instance[]) => {
      const reads = Math.round((CONNECTIONS * READ_SHARE) / targets.length);
      const writes = Math.round((CONNECTIONS * (1 - READ_SHARE)) / targets.length);
      const runs = await Promise.all(
        targets.flatMap((instance, i) => [
          ...(reads > 0
            ? [
                load({
                  route: `slots #${i + 1}`,
                  url: `${instance.url}${slotsPath}`,
                  connections: reads,
                  seconds: SECONDS,
                }),
              ]
            : []),
          load({
            route: `booking #${i + 1}`,
            url: `${instance.url}/api/bookings`,
            method: "POST",
            bodies: booking,
            connections: writes,
            seconds: SECONDS,
          }),
        ]),
      );
      return { label, runs };
    };

    await clearBenchBookings(database.url);
    const single = await mix("one instance", instances.slice(0, 1));
    await clearBenchBookings(database.url);
    const pair = await mix("two instances", instances);
    const overlaps = await overlappingBookings(database.url);
    report([single, pair], overlaps);
  } finally {
    for (const instance of instances) await stopProcessGroup(instance.server);
    await rm(`${DIST}-b`, { recursive: true, force: true });
    await rm(mail, { recursive: true, force: true });
    await database.drop();
  }
});

function report(mixes: { label: string; runs: LoadResult[] }[], overlaps: number) {
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per mix (70 % GET /api/slots, 30 % POST /api/bookings)\n`);
  console.log(
    "| Mix | Route | Connections | Requests | Req/s | p50 ms | p95 ms | p95 ms, not 503 | Statuses other than 2xx | Time-outs |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  const broken: string[] = [];
  for (const { label, runs } of mixes) {
    for (const run of runs) {
      const others = Object.entries(run.non2xx).map(([status, count]) => `${status}×${count}`);
      console.log(
        `| ${label} | ${run.route} | ${run.connections} | ${run.requests} | ${run.reqPerSec} | ${run.p50} | ${run.p95} | ${run.p95Served} | ${others.join(", ") || "none"} | ${run.timeouts} |`,
      );
      for (const [status, count] of Object.entries(run.non2xx)) {
        if (!ALLOWED.has(status)) broken.push(`${label} ${run.route}: ${count} × ${status}`);
      }
      if (run.errors > run.timeouts) broken.push(`${label} ${run.route}: ${run.errors - run.timeouts} socket errors`);
      if (run.timeouts > 0) broken.push(`${label} ${run.route}: ${run.timeouts} requests unanswered after 10 s`);
    }
  }
  for (const { label, runs } of mixes) {
    for (const kind of ["slots", "booking"]) {
      const of = runs.filter((r) => r.route.startsWith(kind));
      if (of.length === 0) continue;
      const p95 = Math.max(...of.map((r) => r.p95Served));
      console.log(`${label}: ${kind} p95 ${p95} ms of the requests served (worst instance)`);
    }
  }
  console.log(`\nOverlapping live bookings afterwards: ${overlaps}`);
  console.log(
    broken.length ? `Outside the rules:\n  ${broken.join("\n  ")}` : "Every answer was 2xx, 409, 422, 429 or 503.",
  );
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const clearBenchBookings = (url: string) =>
  withClient(url, (c) =>
    c.query(
      "DELETE FROM bookings WHERE patient_id IN (SELECT id FROM patients WHERE email LIKE 'bench.%@example.com')",
    ),
  );

const overlappingBookings = (url: string) =>
  withClient(url, async (c) => {
    const { rows } = await c.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM bookings x JOIN bookings y
        ON x.therapist_id = y.therapist_id AND x.id < y.id
       AND tstzrange(x.blocked_from, x.blocked_until) && tstzrange(y.blocked_from, y.blocked_until)
      WHERE x.status <> 'cancelled' AND y.status <> 'cancelled'`);
    return rows[0]!.n;
  });
