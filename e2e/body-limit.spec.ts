import http from "node:http";
import path from "node:path";

import { expect, request as playwrightRequest, test } from "@playwright/test";

import { buildActions } from "./next-internals";

// A body over 16 KB is refused with 413 before it is parsed, whether it declares
// its length or comes in chunks, at a route handler and at a server action.

const base = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const dist = path.resolve(process.env.STRIDE_DIST_DIR ?? ".next-e2e");

/** POSTs 30 MB of JSON-ish text in chunks (no Content-Length); the status, and how much was sent before it came. */
function postChunked(url: string, headers: Record<string, string>): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    const request = http.request(url, { method: "POST", headers }, (response) => {
      request.destroy();
      resolve({ status: response.statusCode ?? 0, sentBytes });
    });
    request.on("error", (error) => (sentBytes > 0 ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "x");
    const pump = () => {
      while (sentBytes < 30 * 1024 * 1024 && !request.destroyed) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!request.destroyed) request.end();
    };
    request.write('{"notes":"');
    pump();
  });
}

test("a 30 MB body gets 413, declared or sent in chunks, at a route handler and a server action", async () => {
  const context = await playwrightRequest.newContext({ baseURL: base });
  const big = `{"notes":"${"x".repeat(30 * 1024 * 1024)}"}`;
  const action = buildActions(dist).find((a) => a.exportedName === "bookAppointment")!;
  const actionHeaders = {
    "Next-Action": action.id,
    Accept: "text/x-component",
    "Content-Type": "text/plain;charset=UTF-8",
  };
  const declared = await context.post("/api/bookings", { headers: { "content-type": "application/json" }, data: big });
  expect(declared.status()).toBe(413);
  expect(await declared.json()).toEqual({ error: "too_large", message: "Send at most 16 KB" });
  expect((await context.post("/book", { headers: actionHeaders, data: big })).status()).toBe(413);
  const chunked = await postChunked(`${base}/api/bookings`, { "content-type": "application/json" });
  const chunkedAction = await postChunked(`${base}/book`, actionHeaders);
  console.log(`chunked: ${JSON.stringify(chunked)}, to a server action: ${JSON.stringify(chunkedAction)}`);
  expect(chunked.status).toBe(413);
  expect(chunkedAction.status).toBe(413);
});
