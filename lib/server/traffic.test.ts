import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, expect, it } from "vitest";

import { drain, installTrafficControl, maxInFlight } from "./traffic";

// A real server behind the real wrapper: /slow answers when the test releases it.
const waiting: (() => void)[] = [];
let base: string;
let server: http.Server;

beforeAll(async () => {
  process.env.STRIDE_MAX_IN_FLIGHT = "2";
  installTrafficControl();
  server = http.createServer((request, response) => {
    if (request.url === "/slow") return void waiting.push(() => response.end("done"));
    response.end(request.url === "/api/health" ? '{"status":"ok"}' : "page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
};

it("reads STRIDE_MAX_IN_FLIGHT, with 64 when it is unset or not a positive whole number", () => {
  expect(maxInFlight("10")).toBe(10);
  expect(maxInFlight("")).toBe(64);
  expect(maxInFlight("0")).toBe(64);
  expect(maxInFlight("lots")).toBe(64);
});

it("answers 503 at once past the in-flight limit, but never to a health check", async () => {
  const slow = [fetch(`${base}/slow`), fetch(`${base}/slow`)];
  await until(() => waiting.length === 2);
  const busy = await fetch(`${base}/`);
  expect(busy.status).toBe(503);
  expect(busy.headers.get("retry-after")).toBe("1");
  expect(await busy.json()).toEqual({ error: "unavailable", reason: "busy" });
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  waiting.splice(0).forEach((release) => release());
  expect(await Promise.all(slow.map(async (r) => (await r).status))).toEqual([200, 200]);
});

it("drains: health says draining, new requests get 503, the one in flight finishes, then drain resolves", async () => {
  const inFlight = fetch(`${base}/slow`);
  await until(() => waiting.length === 1);
  let drained = false;
  const draining = drain(5_000).then((left) => {
    drained = true;
    return left;
  });
  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: "draining" });
  const page = await fetch(`${base}/`);
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("5");
  expect(drained).toBe(false);
  waiting.splice(0).forEach((release) => release());
  expect((await inFlight).status).toBe(200);
  expect(await draining).toBe(0);
});
