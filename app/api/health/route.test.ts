import { afterEach, describe, expect, inject, it, vi } from "vitest";

// lib/db.ts builds its client from DATABASE_URL on first import, so each case
// loads the route afresh with the URL it needs.
async function loadRoute(databaseUrl: string) {
  vi.resetModules();
  delete (globalThis as { strideDb?: unknown }).strideDb;
  process.env.DATABASE_URL = databaseUrl;
  return import("./route");
}

afterEach(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  delete (globalThis as { strideDb?: unknown }).strideDb;
});

describe("GET /api/health", () => {
  it("answers 200 ok while the database answers", async () => {
    const { GET } = await loadRoute(inject("databaseUrl"));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const { GET } = await loadRoute("postgresql://postgres@127.0.0.1:1/nothing");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
