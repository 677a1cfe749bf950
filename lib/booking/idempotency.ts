import "server-only";

import { createHmac, hkdfSync } from "node:crypto";

import type { BookingRequest } from "./schemas";

const keys = new Map<string, Buffer>();

function hmacKey(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "stride-idempotency", "request-fingerprint", 32));
    keys.set(secret, key);
  }
  return key;
}

// Keys sorted at every level, so two clients that order a body's fields
// differently still send "the same body".
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/**
 * HMAC-SHA256 of the parsed, canonical request: an Idempotency-Key answers its
 * first reply only to the same request. Keyed with the server's secret, so the
 * stored fingerprint cannot be checked against guessed contact details.
 */
export function requestFingerprint(request: BookingRequest): string {
  return createHmac("sha256", hmacKey()).update(canonical(request), "utf8").digest("hex");
}

/** Hours an Idempotency-Key is kept; after that the same key books anew. */
export const IDEMPOTENCY_HOURS = 24;
