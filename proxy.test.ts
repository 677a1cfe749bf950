import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { proxy } from "./proxy";

const SESSION = { cookie: "next-auth.session-token=x" };
const get = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers }));

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("proxy: the strict Content-Security-Policy on personal pages", () => {
  for (const path of [
    "/staff",
    "/staff/cases/1",
    "/staff/login",
    "/appointments/t",
    "/intake/t",
    "/confirm-patient/t",
  ]) {
    it(`${path}: scripts by this request's nonce and 'strict-dynamic' only, told to Next.js too`, async () => {
      const response = await get(path, SESSION);
      const policy = response.headers.get("content-security-policy");
      const scripts = policy?.split("; ").find((directive) => directive.startsWith("script-src"));
      expect(scripts).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'$/);
      for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'"])
        expect(policy).toContain(directive);
      // The copy on the request is what Next.js reads the nonce from when it renders.
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    });
  }

  it("a fresh nonce for every request", async () => {
    const nonces = new Set<string | undefined>();
    for (let i = 0; i < 20; i++) nonces.add(nonceOf((await get("/intake/t")).headers.get("content-security-policy")));
    expect(nonces.size).toBe(20);
  });

  it("the sign-in redirect carries the policy too", async () => {
    const response = await get("/staff/cases/1");
    expect(response.status).toBe(307);
    expect(response.headers.get("content-security-policy")).toContain("'strict-dynamic'");
  });

  it("leaves public pages to next.config.ts's static policy", async () => {
    const response = await get("/conditions");
    expect(response.headers.get("content-security-policy")).toBeNull();
  });
});

describe("proxy: request bodies", () => {
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`http://localhost${path}`, { method: "POST", body, headers, duplex: "half" } as never));

  it("refuses a declared body over 16 KB with 413, before reading it", async () => {
    const response = await post("/book", "x", { "content-length": String(30 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "too_large", message: "Send at most 16 KB" });
  });

  it("counts a chunked body and refuses it at the first byte over 16 KB", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        if (sent > 30 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(120));
      },
    });
    const response = await post("/intake/t", body, { "next-action": "abc" });
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024);
  });

  it("lets a server action's plain JSON arguments through", async () => {
    const args = JSON.stringify(["token", { a: "$$dollar", b: "$undefined", c: "$D2027-01-01T00:00:00.000Z" }, "A"]);
    const response = await post("/intake/t", args, { "next-action": "abc", "content-type": "text/plain" });
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("lets a form's fields through to its server action (multipart, as React sends them)", async () => {
    const body = '--x\r\nContent-Disposition: form-data; name="1_start"\r\n\r\n2027-01-01T10:00:00Z\r\n--x--\r\n';
    const response = await post("/appointments/t", body, {
      "next-action": "abc",
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  for (const [name, body] of [
    ["malformed JSON", "[1,"],
    ["not an array", '{"0":1}'],
    ["a reference to a part never sent", '["$@1"]'],
    ["a promise reference", '[{"x":"$Q2"}]'],
    ["a multipart body", '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--x--'],
  ]) {
    it(`refuses a server action's body that no page sends (${name}) with 400`, async () => {
      const response = await post("/book", body!, { "next-action": "abc" });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "bad_request", message: "Not a call this site's pages make" });
    });
  }
});
