import "server-only";

import { createHash } from "node:crypto";

import { LRUCache } from "lru-cache";
import { decode, type JWT } from "next-auth/jwt";

// next-auth's decode() derives its key with HKDF and decrypts the token on every
// call, about a twentieth of a staff data request in `npm run bench:staff`. A
// token's contents never change, so each is decrypted once per process and kept
// under a hash of itself. Its expiry is still checked on every use, and whether
// its session is still good (signed out, revoked, idle) is checked against the
// database on every request regardless (loadSessionUser).
const CLOCK_TOLERANCE_MS = 15_000; // next-auth's own, for a token read fresh
const decoded = new LRUCache<string, JWT>({ max: 5_000 });

/** The session JWT's claims, or null when it is malformed, forged or expired. */
export async function decodeSessionToken(raw: string, secret: string): Promise<JWT | null> {
  const key = createHash("sha256").update(secret).update("\0").update(raw).digest("base64url");
  const known = decoded.get(key) ?? null;
  const token = known ?? (await decode({ token: raw, secret }).catch(() => null));
  if (!token) return null;
  if (typeof token.exp === "number" && token.exp * 1000 + CLOCK_TOLERANCE_MS < Date.now()) {
    decoded.delete(key);
    return null;
  }
  if (!known) decoded.set(key, token);
  return token;
}
