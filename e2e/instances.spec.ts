import { cp, rm } from "node:fs/promises";
import http from "node:http";

import { expect, test, type Browser } from "@playwright/test";
import getPort from "get-port";
import pg from "pg";

import { seed } from "../prisma/seed";
import { spawnNext, stopProcessGroup, waitForHealthy } from "../scripts/lib/next-process";
import { createTestDatabase, type TestDatabase } from "../scripts/lib/test-database";
import { testSmtp, type TestSmtp } from "../test/smtp";
import { signInAs } from "./staff";

// Two production instances on one database, each with its own copy of the build
// (as on two machines): what one changes, or SQL typed by hand changes, the other
// shows within 2 s; bookings are checked against the database, never a stale cache.
test.describe.configure({ mode: "serial" });

const LIMIT_MS = 2_000;
const SOURCE_DIST = process.env.STRIDE_DIST_DIR ?? ".next-e2e";
const secret = "instances-test-secret";

interface Instance {
  name: string;
  url: string;
  distDir: string;
  server: ReturnType<typeof spawnNext>;
}

let database: TestDatabase;
let other: TestDatabase | undefined;
const instances: Record<"a" | "b", Instance> = {} as never;
const timings: string[] = [];
// A real SMTP server for both instances: what it receives is what patients would get.
let smtp: TestSmtp;

async function startInstance(name: "a" | "b", databaseUrl: string, copyBuild = true): Promise<Instance> {
  const distDir = `${SOURCE_DIST}-instance-${name}`;
  if (copyBuild) {
    await rm(distDir, { recursive: true, force: true });
    await cp(SOURCE_DIST, distDir, { recursive: true });
  }
  const port = await getPort({ host: "127.0.0.1" });
  const url = `http://127.0.0.1:${port}`;
  const server = spawnNext(["start", "--hostname", "127.0.0.1", "--port", String(port)], {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: secret,
    STRIDE_DIST_DIR: distDir,
    STRIDE_RATE_LIMITS: "off",
    SMTP_URL: smtp.url,
    STRIDE_MAIL_POLL_SECONDS: "1",
  });
  await waitForHealthy(url, server);
  return { name, url, distDir, server };
}

async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
  query: string,
  params: unknown[] = [],
  url = database.url,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(query, params)).rows;
  } finally {
    await client.end();
  }
}

/** Polls until `check` holds and returns how long that took after the change; fails past 2 s. */
async function propagation(label: string, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    const waited = performance.now() - started;
    if (waited > LIMIT_MS) throw new Error(`${label}: not shown after ${Math.round(waited)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const ms = Math.round(performance.now() - started);
  timings.push(`${label.padEnd(58)} ${String(ms).padStart(5)} ms`);
  return ms;
}

const json = async <T>(url: string) => (await (await fetch(url)).json()) as T;
const text = async (url: string) => (await fetch(url)).text();

/** The first Tuesday, Thursday or Friday (Priya's days) at least `weeks` weeks ahead. */
function priyaDay(weeks: number): string {
  const start = Date.now() + weeks * 7 * 86_400_000;
  for (let day = 0; ; day++) {
    const date = new Date(start + day * 86_400_000);
    if ([2, 4, 5].includes(date.getUTCDay())) return date.toISOString().slice(0, 10);
  }
}

let priya: string;
const freeSlots = async (instance: Instance, day: string) =>
  (
    await json<{ slots: unknown[] }>(
      `${instance.url}/api/slots?type=follow-up&therapist=${priya}&from=${day}&to=${day}`,
    )
  ).slots.length;

const book = (instance: Instance, body: object, headers: Record<string, string> = {}) =>
  fetch(`${instance.url}/api/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const patient = (n: string) => ({
  name: "Instance Tester",
  email: `instances.${n}@example.com`,
  phone: "07700 900555",
});

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = await testSmtp();
  database = await createTestDatabase();
  await seed(database.url);
  priya = (await sql<{ id: string }>("SELECT id FROM therapists WHERE slug = 'priya-shah'"))[0]!.id;
  const [a, b] = await Promise.all([startInstance("a", database.url), startInstance("b", database.url)]);
  instances.a = a;
  instances.b = b;
});

test.afterAll(async () => {
  for (const instance of Object.values(instances)) {
    await stopProcessGroup(instance.server);
    await rm(instance.distDir, { recursive: true, force: true });
  }
  await database?.drop();
  await other?.drop();
  await smtp.stop();
  console.log(`Propagation to the other instance (limit ${LIMIT_MS} ms):\n${timings.join("\n")}`);
});

test("changes by plain SQL show on both instances within 2 s, and a booking in a new day off is refused by both", async () => {
  const { a, b } = instances;
  const day = priyaDay(2);
  // Both instances have read (and cached) everything the changes touch.
  for (const instance of [a, b]) {
    expect(await freeSlots(instance, day)).toBeGreaterThan(0);
    expect(await text(`${instance.url}/`)).toContain("0117 496 0123");
  }

  await sql(
    "INSERT INTO availability_overrides (id, therapist_id, date, kind) VALUES (gen_random_uuid(), $1, $2, 'time_off')",
    [priya, day],
  );
  for (const instance of [a, b]) {
    await propagation(
      `SQL: day off → instance ${instance.name} /api/slots`,
      async () => (await freeSlots(instance, day)) === 0,
    );
  }
  for (const instance of [a, b]) {
    const response = await book(instance, {
      type: "follow-up",
      therapistId: priya,
      start: `${day}T10:00:00.000Z`,
      patient: patient(`dayoff-${instance.name}`),
    });
    expect(response.status, `instance ${instance.name} books into the day off`).toBe(409);
  }

  const [price] = await sql<{ price_minor: number }>(
    "SELECT price_minor FROM appointment_types WHERE slug = 'follow-up'",
  );
  const services = () => json<{ slug: string; priceMinor: number }[]>(`${b.url}/api/appointment-types`);
  expect((await services()).find((s) => s.slug === "follow-up")?.priceMinor).toBe(price!.price_minor);
  await sql("UPDATE appointment_types SET price_minor = price_minor + 500 WHERE slug = 'follow-up'");
  await propagation("SQL: price → instance b /api/appointment-types", async () => {
    return (await services()).find((s) => s.slug === "follow-up")?.priceMinor === price!.price_minor + 500;
  });

  const therapists = async () => (await json<{ slug: string }[]>(`${b.url}/api/therapists`)).map((t) => t.slug);
  expect(await therapists()).toContain("tom-reilly");
  await sql("UPDATE therapists SET active = false WHERE slug = 'tom-reilly'");
  await propagation("SQL: therapist made inactive → instance b /api/therapists", async () => {
    return !(await therapists()).includes("tom-reilly");
  });

  await sql("UPDATE clinic_settings SET phone = '0117 496 0555' WHERE id = 1");
  await propagation("SQL: clinic phone → instance b home page", async () =>
    (await text(`${b.url}/`)).includes("0117 496 0555"),
  );
});

test("a day off and a phone number changed through instance A show on instance B within 2 s", async ({ browser }) => {
  const { a, b } = instances;
  const day = priyaDay(3);
  expect(await freeSlots(b, day)).toBeGreaterThan(0);
  const page = await adminPageOn(browser, a, `/staff/admin/hours/${priya}`);
  await page.getByLabel("Date").fill(day);
  await page.getByLabel("The whole day").check();
  await page.getByRole("button", { name: "Add time off" }).click();
  await expect(page.getByText(`Time off on ${day} added`)).toBeVisible();
  await propagation("instance a admin: day off → instance b /api/slots", async () => (await freeSlots(b, day)) === 0);

  expect(await text(`${b.url}/`)).not.toContain("0117 496 0666");
  await page.goto("/staff/admin/clinic");
  await page.getByLabel("Phone number").fill("0117 496 0666");
  await page.getByRole("button", { name: "Save clinic details" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await propagation("instance a admin: clinic phone → instance b home page", async () =>
    (await text(`${b.url}/`)).includes("0117 496 0666"),
  );
  await page.context().close();
});

async function adminPageOn(browser: Browser, instance: Instance, next: string) {
  const context = await browser.newContext({ baseURL: instance.url });
  const page = await context.newPage();
  await signInAs(page, "admin", next);
  await page.goto(next);
  return page;
}

test("30 racers for one time across both instances get one booking; an Idempotency-Key sent to A then B books once", async () => {
  const { a, b } = instances;
  const day = priyaDay(4);
  const start = `${day}T13:00:00.000Z`;
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      book(i % 2 ? b : a, { type: "follow-up", therapistId: priya, start, patient: patient(`racer-${i}`) }),
    ),
  );
  const statuses = answers.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(29);
  const [held] = await sql<{ n: number }>(
    "SELECT count(*)::int AS n FROM bookings WHERE therapist_id = $1 AND starts_at = $2 AND status = 'booked'",
    [priya, start],
  );
  expect(held!.n).toBe(1);

  const key = crypto.randomUUID();
  const body = { type: "follow-up", therapistId: priya, start: `${day}T14:00:00.000Z`, patient: patient("idempotent") };
  const first = await book(a, body, { "Idempotency-Key": key });
  const second = await book(b, body, { "Idempotency-Key": key });
  expect(first.status).toBe(201);
  expect(second.status).toBe(201);
  const [one, two] = [(await first.json()) as { id: string }, (await second.json()) as { id: string }];
  expect(two.id).toBe(one.id);
  const [count] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE starts_at = $1", [
    body.start,
  ]);
  expect(count!.n).toBe(1);
});

test("an instance restarted against another database serves that database, not its build folder's cache", async () => {
  const { b } = instances;
  // B's build folder now holds pages and data read from the first database.
  expect(await text(`${b.url}/`)).toContain("0117 496 0666");
  await stopProcessGroup(b.server);

  other = await createTestDatabase();
  await seed(other.url);
  await sql("UPDATE clinic_settings SET phone = '0117 496 0999' WHERE id = 1", [], other.url);
  await sql("UPDATE therapists SET display_name = 'Maya Okafor-Restored' WHERE slug = 'maya-okafor'", [], other.url);
  instances.b = await startInstance("b", other.url, false);

  expect(await text(`${instances.b.url}/`)).toContain("0117 496 0999");
  const names = (await json<{ displayName: string }[]>(`${instances.b.url}/api/therapists`)).map((t) => t.displayName);
  expect(names).toContain("Maya Okafor-Restored");
  // The first database made Tom inactive; this one did not.
  expect(names).toContain("Tom Reilly");
  // Free times for this database's own therapist: a cached list from the first database would not know the id (422).
  const maya = (await sql<{ id: string }>("SELECT id FROM therapists WHERE slug = 'maya-okafor'", [], other.url))[0]!
    .id;
  const slots = await fetch(
    `${instances.b.url}/api/slots?type=follow-up&therapist=${maya}&from=${priyaDay(1)}&to=${priyaDay(2)}`,
  );
  expect(slots.status).toBe(200);
});

test("with two instances sending mail, each confirmation e-mail arrives exactly once", async () => {
  const { a } = instances;
  // B now serves the other database: book through A and a third instance on the first one.
  const c = await startInstance("b", database.url, false);
  try {
    const from = priyaDay(5);
    const to = new Date(Date.parse(from) + 6 * 86_400_000).toISOString().slice(0, 10);
    const { slots } = await json<{ slots: { start: string; therapistId: string }[] }>(
      `${a.url}/api/slots?type=follow-up&therapist=any&from=${from}&to=${to}`,
    );
    // Twenty free times, every other one through each instance.
    const addresses: string[] = [];
    for (const [i, slot] of slots
      .filter((_, n) => n % 3 === 0)
      .slice(0, 20)
      .entries()) {
      const who = patient(`once-${i}`);
      const body = { type: "follow-up", therapistId: slot.therapistId, start: slot.start, patient: who };
      const response = await book(i % 2 ? c : a, body);
      expect(response.status).toBe(201);
      addresses.push(who.email);
    }
    expect(addresses).toHaveLength(20);
    const copies = () =>
      addresses.map(
        (address) => smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === address).length,
      );
    await expect.poll(() => copies().every((n) => n >= 1), { timeout: 30_000 }).toBe(true);
    // Both workers keep polling every second: give a second copy time to arrive, if one would.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(copies()).toEqual(addresses.map(() => 1));
  } finally {
    await stopProcessGroup(c.server);
  }
});

test("on SIGTERM an instance answers health 503, refuses new requests, finishes the one in flight, and exits 0", async () => {
  const { a } = instances;
  const exit = new Promise<{ code: number | null; at: number }>((resolve) =>
    a.server.once("exit", (code) => resolve({ code, at: performance.now() })),
  );
  // A booking whose body is still arriving when the signal comes: it is in flight.
  const body = JSON.stringify({
    type: "follow-up",
    therapistId: priya,
    start: `${priyaDay(6)}T10:00:00.000Z`,
    patient: patient("in-flight"),
  });
  const url = new URL("/api/bookings", a.url);
  const inFlight = new Promise<number>((resolve, reject) => {
    const request = http.request(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.write(body.slice(0, 20));
    setTimeout(() => request.end(body.slice(20)), 1_500);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const signalled = performance.now();
  process.kill(-a.server.pid!, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 200));

  const health = await fetch(`${a.url}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: "draining" });
  const page = await fetch(`${a.url}/`);
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("5");

  expect(await inFlight).toBe(201);
  const { code, at } = await exit;
  expect(code).toBe(0);
  expect(at - signalled).toBeLessThan(10_000);
  timings.push(
    `SIGTERM to exit, one booking in flight                   ${String(Math.round(at - signalled)).padStart(5)} ms`,
  );
});
