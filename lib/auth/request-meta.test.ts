import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { makeStaffUser, auditOf } from "@/test/staff-actor";

import { trustedProxies } from "./client-address";
import { installPeerHeader } from "./peer-header";
import { requestMeta } from "./request-meta";
import { signIn, SignInRefused } from "./sign-in";

// A real HTTP server with the same peer header the app's server gets from
// instrumentation.ts: what it answers is what a route handler would see.
let server: http.Server;
let base: string;

beforeAll(async () => {
  installPeerHeader();
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const meta = requestMeta(req.headers);
      const reply = (value: unknown) => res.end(JSON.stringify(value));
      if (!body) return reply({ meta });
      signIn(JSON.parse(body), meta).then(
        (user) => reply({ meta, user: user.id }),
        (error: unknown) => reply({ meta, refused: error instanceof SignInRefused ? error.message : String(error) }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
});

async function call(headers: Record<string, string>, body?: unknown) {
  const res = await fetch(base, {
    method: "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as { meta: { ip: string | null }; user?: string; refused?: string };
}

describe("the client's address", () => {
  it("is the socket's when the peer is not a trusted proxy, whatever the client forges", async () => {
    const { meta } = await call({ "x-forwarded-for": "203.0.113.66", "x-stride-peer": "203.0.113.67" });
    expect(meta.ip).toBe("127.0.0.1");
  });

  it("is the right-most untrusted X-Forwarded-For entry behind a trusted proxy", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    const { meta } = await call({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" });
    expect(meta.ip).toBe("203.0.113.9");
  });

  it("walks through every proxy in a trusted CIDR range, and no further", async () => {
    process.env.TRUSTED_PROXIES = "10.0.0.0/8, 127.0.0.0/8";
    const { meta } = await call({ "x-forwarded-for": "198.51.100.1, 203.0.113.9, 10.1.2.3, 10.200.0.7" });
    expect(meta.ip).toBe("203.0.113.9");
  });

  it("refuses a wrong TRUSTED_PROXIES entry by name", () => {
    expect(() => trustedProxies("10.0.0.0/33")).toThrow(/^TRUSTED_PROXIES: invalid range on address: 10.0.0.0\/33$/);
  });

  it("a forged X-Forwarded-For neither resets the sign-in limit nor reaches the audit trail", async () => {
    const user = await makeStaffUser("therapist");
    for (let i = 0; i < 5; i++) {
      const reply = await call(
        { "x-forwarded-for": `198.51.100.${i}` },
        { email: user.email, password: `wrong ${i} password` },
      );
      expect(reply.refused).toBe("The e-mail address or password is not right.");
    }
    const blocked = await call({ "x-forwarded-for": "198.51.100.99" }, { email: user.email, password: user.password });
    expect(blocked.refused).toBe("Too many attempts. Try again in 15 minutes.");

    const other = await makeStaffUser("therapist");
    const signedIn = await call({ "x-forwarded-for": "192.0.2.1" }, { email: other.email, password: other.password });
    expect(signedIn.user).toBe(other.id);
    expect((await auditOf(other.id)).map((event) => event.ip)).toEqual(["127.0.0.1"]);
  });
});
