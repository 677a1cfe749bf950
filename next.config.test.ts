import { afterEach, describe, expect, it, vi } from "vitest";

// The headers next.config.ts gives every response, read as Next.js reads them,
// for a site served over HTTPS and one that is not.

async function headersFor(siteUrl: string) {
  vi.resetModules();
  vi.stubEnv("SITE_URL", siteUrl);
  const { default: config } = await import("./next.config");
  const rules = await config.headers!();
  return (path: string) =>
    Object.fromEntries(
      rules
        .filter((rule) => new RegExp(`^${rule.source.replace("/:path*", "/.*").replace(/^\/\(/, "/(")}$`).test(path))
        .flatMap((rule) => rule.headers.map((h) => [h.key, h.value])),
    );
}

afterEach(() => vi.unstubAllEnvs());

describe("next.config.ts headers", () => {
  it("HSTS for a year with subdomains when SITE_URL is https, and upgrade-insecure-requests", async () => {
    const on = await headersFor("https://clinic.example");
    expect(on("/")["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(on("/staff/login")["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(on("/")["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("no HSTS on plain http (it would pin localhost to HTTPS)", async () => {
    const on = await headersFor("http://localhost:3000");
    expect(on("/")["Strict-Transport-Security"]).toBeUndefined();
    expect(on("/")["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("the public policy on public paths only: personal ones get the proxy's strict one", async () => {
    const on = await headersFor("https://clinic.example");
    for (const path of ["/", "/book", "/conditions/runners-knee", "/api/slots", "/staffroom"]) {
      expect(on(path)["Content-Security-Policy"], path).toContain("frame-ancestors 'none'");
    }
    for (const path of ["/staff", "/staff/cases/1", "/intake/t", "/appointments/t", "/confirm-patient/t"]) {
      expect(on(path)["Content-Security-Policy"], path).toBeUndefined();
    }
  });
});
