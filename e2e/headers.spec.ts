import path from "node:path";

import { expect, request as playwrightRequest, test, type APIResponse } from "@playwright/test";

import { isPersonalPath } from "../lib/http/content-security-policy";
import { withDb } from "./db";
import { buildRoutes, prerenderedRoutes } from "./next-internals";
import { DEMO_PASSWORD, STAFF } from "./staff";

// Every route of the build, from its own manifest: each personal one (lib/http's
// PERSONAL_PREFIXES) must answer no-store with the strict, per-request policy, and
// each public one with the public policy, prerendered where it was before. A route
// added later is covered without editing this file, and one that is in neither list
// fails until someone decides which it is.

const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const dist = path.resolve(process.env.STRIDE_DIST_DIR ?? ".next-e2e");

/** Public routes, and whether their page is prerendered (○/● in the build's route table). */
const PUBLIC: Record<string, { url: string; prerendered: boolean }> = {
  "/page": { url: "/", prerendered: true },
  "/book/page": { url: "/book", prerendered: false },
  "/conditions/page": { url: "/conditions", prerendered: true },
  "/conditions/[slug]/page": { url: "/conditions/runners-knee", prerendered: true },
  "/_not-found/page": { url: "/no-such-page", prerendered: true },
  "/_global-error/page": { url: "/", prerendered: true },
  "/robots.txt/route": { url: "/robots.txt", prerendered: true },
  "/sitemap.xml/route": { url: "/sitemap.xml", prerendered: true },
  "/icon.svg/route": { url: "/icon.svg", prerendered: true },
  "/apple-icon.png/route": { url: "/apple-icon.png", prerendered: true },
  "/favicon.ico/route": { url: "/favicon.ico", prerendered: true },
  "/api/appointment-types/route": { url: "/api/appointment-types", prerendered: false },
  "/api/therapists/route": { url: "/api/therapists", prerendered: false },
  "/api/slots/route": { url: "/api/slots?type=follow-up&from=2027-03-22&to=2027-03-22", prerendered: false },
  "/api/bookings/route": { url: "/api/bookings", prerendered: false },
  "/api/health/route": { url: "/api/health", prerendered: false },
  "/api/clinic/refresh/route": { url: "/api/clinic/refresh", prerendered: false },
  "/api/auth/[...nextauth]/route": { url: "/api/auth/providers", prerendered: false },
  // The patient's JSON API: POST only, keyed by the link's token; every answer is no-store (lib/http/json-api.ts).
  "/api/bookings/[token]/cancel/route": { url: "/api/bookings/x/cancel", prerendered: false },
  "/api/bookings/[token]/reschedule/route": { url: "/api/bookings/x/reschedule", prerendered: false },
  "/api/intakes/[token]/route": { url: "/api/intakes/x", prerendered: false },
  "/api/waitlist/route": { url: "/api/waitlist", prerendered: false },
  // The intake questionnaire's definition (no patient data), as FHIR R4.
  "/api/fhir/Questionnaire/[id]/route": { url: "/api/fhir/Questionnaire/stride-intake", prerendered: false },
  "/api/waitlist/offers/[token]/route": { url: "/api/waitlist/offers/x", prerendered: false },
  // Reads the services and issues a form stamp per request, as /book does.
  "/waitlist/page": { url: "/waitlist", prerendered: false },
};

const FAKE_ID = "00000000-0000-4000-8000-000000000000";

function directives(response: APIResponse): Map<string, string> {
  const policy = response.headers()["content-security-policy"] ?? "";
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...v]) => [name!, v.join(" ")]),
  );
}

function expectCommonDirectives(url: string, csp: Map<string, string>) {
  expect(csp.get("frame-ancestors"), url).toBe("'none'");
  expect(csp.get("base-uri"), url).toBe("'none'");
  expect(csp.get("object-src"), url).toBe("'none'");
  expect(csp.get("form-action"), url).toBe("'self'");
}

test("every route of the build is personal (no-store, strict nonce CSP) or public (static policy)", async () => {
  const routes = buildRoutes(dist);
  const pathOf = (route: string) => route.replace(/\/(page|route)$/, "") || "/";
  const personal = routes.filter((r) => isPersonalPath(pathOf(r)));
  const unknown = routes.filter((r) => !personal.includes(r) && !(r in PUBLIC));
  const prerendered = prerenderedRoutes(dist);
  expect(unknown, "routes neither personal (lib/http PERSONAL_PREFIXES) nor listed as public here").toEqual([]);

  // Real values for the routes' parameters: a case, a booking's private links.
  const booking = await (
    await fetch(`${base}/api/bookings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "follow-up",
        therapistId: "any",
        start: (
          (await (await fetch(`${base}/api/slots?type=follow-up&from=${day(20)}&to=${day(26)}`)).json()) as {
            slots: { start: string }[];
          }
        ).slots.at(-1)!.start,
        patient: { name: "Hedda Headers", email: "hedda@example.com", phone: "07700 900321" },
      }),
    })
  ).json();
  const manageToken = new URL(booking.manageUrl as string).pathname.split("/").at(-1)!;
  const intakeToken = new URL(booking.intakeUrl as string).pathname.split("/").at(-1)!;
  const ids = await withDb(async (c) => ({
    id: (await c.query("SELECT id FROM intakes WHERE submitted_at IS NOT NULL LIMIT 1")).rows[0].id as string,
    therapistId: (await c.query("SELECT id FROM therapists LIMIT 1")).rows[0].id as string,
    typeId: (await c.query("SELECT id FROM appointment_types LIMIT 1")).rows[0].id as string,
  }));
  const value = (route: string, name: string) =>
    route.startsWith("/appointments")
      ? manageToken
      : route.startsWith("/intake")
        ? intakeToken
        : ((ids as Record<string, string>)[name] ?? FAKE_ID);

  const admin = await playwrightRequest.newContext({ baseURL: base });
  const { csrfToken } = (await (await admin.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await admin.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: STAFF.admin, password: DEMO_PASSWORD, json: "true" },
  });

  const table: string[] = [];
  const nonces = new Set<string>();
  for (const route of personal) {
    expect(prerendered.has(pathOf(route)), `${route} is rendered per request, for its nonce`).toBe(false);
    const url = route.replace(/\/(page|route)$/, "").replace(/\[([^\]]+)\]/g, (_, name: string) => value(route, name));
    const response = await admin.get(url || "/", { maxRedirects: 0 });
    const csp = directives(response);
    const cache = response.headers()["cache-control"] ?? "";
    table.push(`${response.status()} ${url.padEnd(52)} ${cache}`);
    expect(response.status(), url).toBeLessThan(500);
    expect(cache, `${url} Cache-Control`).toContain("no-store");
    expect(csp.get("script-src"), url).toMatch(/^'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
    expectCommonDirectives(url, csp);
    const nonce = /'nonce-([^']+)'/.exec(csp.get("script-src")!)![1]!;
    nonces.add(nonce);
    if (response.status() === 200 && (response.headers()["content-type"] ?? "").includes("text/html")) {
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, url).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, `${url}: every script carries the nonce`).toContain(`nonce="${nonce}"`);
    }
  }
  expect(nonces.size, "a fresh nonce per response").toBe(personal.length);

  for (const route of routes.filter((r) => r in PUBLIC)) {
    const { url, prerendered: wasStatic } = PUBLIC[route]!;
    const response = await (await playwrightRequest.newContext({ baseURL: base })).get(url, { maxRedirects: 0 });
    const csp = directives(response);
    table.push(`${response.status()} ${url.padEnd(52)} ${wasStatic ? "○/● static" : "ƒ per request"}`);
    expect(response.status(), url).toBeLessThan(500);
    expect(csp.get("script-src"), url).toBe("'self' 'unsafe-inline'");
    expectCommonDirectives(url, csp);
    expect(prerendered.has(pathOf(route)), `${route} is prerendered (○/●) as before`).toBe(wasStatic);
  }
  console.log(`${personal.length} personal and ${routes.length - personal.length} public routes:\n${table.join("\n")}`);
});

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
