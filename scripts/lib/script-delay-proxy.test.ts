import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startScriptDelayProxy, type ScriptDelayProxy } from "./script-delay-proxy";

const DELAY_MS = 300;
let origin: http.Server;
let proxy: ScriptDelayProxy;

beforeAll(async () => {
  origin = http.createServer((req, res) => {
    const type = req.url?.endsWith(".js") ? "text/javascript" : "text/html";
    res.writeHead(req.url === "/missing.js" ? 404 : 200, { "content-type": type, "x-origin": "yes" });
    res.end(`body of ${req.url}`);
  });
  await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
  proxy = await startScriptDelayProxy(`http://127.0.0.1:${(origin.address() as AddressInfo).port}`, DELAY_MS);
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => origin.close(resolve));
});

async function timed(path: string) {
  const started = performance.now();
  const response = await fetch(`${proxy.url}${path}`);
  const headersMs = performance.now() - started;
  const body = await response.text();
  return { response, body, headersMs, ms: performance.now() - started };
}

describe("npm run lighthouse's script-delay diagnostic", () => {
  it("holds back JavaScript by the delay and passes it through unchanged", async () => {
    const { response, body, ms } = await timed("/_next/static/chunks/app.js?v=1");
    expect(ms).toBeGreaterThanOrEqual(DELAY_MS - 5);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-origin")).toBe("yes");
    expect(body).toBe("body of /_next/static/chunks/app.js?v=1");
  });

  it("sends a script's headers at once, so the server still looks as fast as it is", async () => {
    const { headersMs, ms } = await timed("/_next/static/chunks/app.js");
    expect(headersMs).toBeLessThan(DELAY_MS / 2);
    expect(ms).toBeGreaterThanOrEqual(DELAY_MS - 5);
  });

  it("sends the page and its other files at once", async () => {
    const { body, ms } = await timed("/conditions/runners-knee");
    expect(body).toBe("body of /conditions/runners-knee");
    expect(ms).toBeLessThan(DELAY_MS / 2);
  });

  it("keeps the origin's status", async () => {
    expect((await timed("/missing.js")).response.status).toBe(404);
  });
});
