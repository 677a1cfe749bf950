import path from "node:path";

import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";

import { isPersonalPath } from "../lib/http/content-security-policy";
import { withDb } from "./db";
import { body, FUZZ_EMAIL, hostileString, hostileValue, mutatedBooking, PAST_START, query } from "./hostile-values";
import { buildActions, buildRoutes } from "./next-internals";

// Random and hostile input, as a script on the open internet would send it, to
// every public route handler and every public server action, both found in the
// build's manifests: each answers 4xx with a message (a server action: its
// refusal), never a 5xx, and nothing is stored.

const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const dist = path.resolve(process.env.STRIDE_DIST_DIR ?? ".next-e2e");
const RUNS = 40;
const NEXT_AUTH_PATHS = [
  "callback/credentials",
  "signin/credentials",
  "signin",
  "signout",
  "session",
  "csrf",
  "providers",
  "error",
  "_log",
  "x",
];

const statuses = new Map<number, number>();
const perTarget = new Map<string, number>();
function record(target: string, status: number) {
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
}

async function stored() {
  return withDb(async (c) => {
    const count = async (sql: string) => Number((await c.query(sql)).rows[0].n);
    return {
      bookings: await count("SELECT count(*) AS n FROM bookings"),
      patients: await count("SELECT count(*) AS n FROM patients"),
      intakes: await count("SELECT count(*) AS n FROM intakes"),
      fuzz: await count(
        `SELECT (SELECT count(*) FROM patients WHERE email = '${FUZZ_EMAIL}') +
                (SELECT count(*) FROM bookings WHERE starts_at = '${PAST_START}') AS n`,
      ),
    };
  });
}

// Every 5xx, with what was sent, so one run lists them all rather than the first.
const failures: string[] = [];

async function expectRefusal(
  target: string,
  sent: string,
  response: Awaited<ReturnType<APIRequestContext["post"]>>,
): Promise<{ status: number; text: string }> {
  const status = response.status();
  record(target, status);
  const text = await response.text();
  if (status >= 500)
    failures.push(`${target} answered ${status} to ${JSON.stringify(sent.slice(0, 120))}: ${text.slice(0, 120)}`);
  return { status, text };
}

test("hostile bodies and queries to every public route handler and server action: 4xx, never 5xx, nothing stored", async () => {
  test.setTimeout(300_000);
  const context = await playwrightRequest.newContext({ baseURL: base });
  const before = await stored();

  const handlers = buildRoutes(dist)
    .filter((r) => r.endsWith("/route") && !isPersonalPath(r))
    .map((r) => r.replace(/\/route$/, ""))
    // next-auth's one handler serves these paths, the sign-in form's among them.
    .flatMap((r) => (r.includes("[...nextauth]") ? NEXT_AUTH_PATHS.map((p) => r.replace("[...nextauth]", p)) : [r]));
  expect(handlers).toContain("/api/bookings");
  for (const route of handlers) {
    await fc.assert(
      fc.asyncProperty(body, async (data) => {
        const response = await context.post(route, {
          headers: { "content-type": "application/json" },
          data,
          maxRedirects: 0,
        });
        const { status, text } = await expectRefusal(`POST ${route}`, data, response);
        if (status >= 500) return;
        if (route.startsWith("/api/auth/")) {
          // next-auth answers a bad sign-in with a redirect to its error page, never a session.
          expect(response.headers()["set-cookie"] ?? "", route).not.toContain("session-token");
          return;
        }
        expect(status, `${route}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        // Next.js's own 405 has no body; every refusal of ours says what was wrong.
        if (status !== 405) expect(JSON.parse(text), route).toHaveProperty("error");
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const response = await context.get(`${route}?${q}`, { maxRedirects: 0 });
        await expectRefusal(`GET ${route}?…`, q, response);
      }),
      { numRuns: RUNS },
    );
  }

  const actions = buildActions(dist).filter((a) => !a.filename.startsWith("app/staff/"));
  expect(actions.map((a) => a.exportedName)).toContain("bookAppointment");
  const page = (pattern: string) => pattern.replace(/\[[^\]]+\]/g, "x".repeat(43));
  for (const action of actions) {
    const target = `action ${action.exportedName} (${action.filename})`;
    const args = fc.oneof(
      fc.array(hostileValue, { maxLength: 4 }).map((a) => JSON.stringify(a)),
      fc
        .array(
          mutatedBooking.map((b) => JSON.parse(b) as unknown),
          { minLength: 1, maxLength: 1 },
        )
        .map((a) => JSON.stringify(a)),
      hostileString,
    );
    await fc.assert(
      fc.asyncProperty(args, async (data) => {
        const response = await context.post(page(action.page), {
          headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
          data,
          maxRedirects: 0,
        });
        const { status, text } = await expectRefusal(target, data, response);
        if (status >= 500) return;
        // A server action answers a refusal in its reply (an ActionResult with ok false, or a
        // redirect to the "link not valid" page); anything it could not take is a 4xx.
        const redirect = response.headers()["x-action-redirect"];
        if (redirect)
          expect(redirect, target).toMatch(
            /\/(appointments|confirm-patient|waitlist\/offers|waitlist\/leave)\/invalid|problem=/,
          );
        else if (status < 400) expect(text, target).toMatch(/"ok":false/);
      }),
      { numRuns: RUNS },
    );
  }

  const after = await stored();
  console.log(
    `Requests per target:\n${[...perTarget].map(([t, n]) => `  ${n}  ${t}`).join("\n")}\n` +
      `Statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(", ")}\n` +
      `Rows before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`,
  );
  expect(after.fuzz, "rows from the fuzz's bookings").toBe(0);
  expect(failures, "requests answered with a 5xx").toEqual([]);
  // Only this spec's requests: the counts hold when it runs alone (it also runs beside others).
  if (process.env.STRIDE_FUZZ_ALONE === "1") expect(after).toEqual(before);
});
