import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";

import { decodeSessionToken } from "./session-token";

const SECRET = "session-token-test-secret";
const claims = { uid: "user-1", sid: "session-1", sv: 3, role: "therapist" as const };

describe("the session cookie's token, decoded once per process", () => {
  afterEach(() => vi.useRealTimers());

  it("reads the claims next-auth wrote, first time and from memory alike", async () => {
    const raw = await encode({ token: claims, secret: SECRET, maxAge: 600 });
    expect(await decodeSessionToken(raw, SECRET)).toEqual(expect.objectContaining(claims));
    expect(await decodeSessionToken(raw, SECRET)).toEqual(expect.objectContaining(claims));
  });

  it("refuses a token changed by one character, a made-up one, and one under another secret", async () => {
    const raw = await encode({ token: claims, secret: SECRET, maxAge: 600 });
    await decodeSessionToken(raw, SECRET);
    const last = raw.at(-2) === "A" ? "B" : "A";
    expect(await decodeSessionToken(`${raw.slice(0, -2)}${last}${raw.at(-1)}`, SECRET)).toBeNull();
    expect(await decodeSessionToken("forged.not-a-jwt", SECRET)).toBeNull();
    expect(await decodeSessionToken(raw, "another-secret")).toBeNull();
  });

  it("stops accepting a remembered token once it has expired", async () => {
    const raw = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    expect(await decodeSessionToken(raw, SECRET)).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + 2 * 60_000, toFake: ["Date"] });
    expect(await decodeSessionToken(raw, SECRET)).toBeNull();
  });
});
