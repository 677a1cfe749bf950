import "server-only";

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Secrets that must wait in the database for a while (a queued e-mail holding a
// patient's manage link, the first reply to an Idempotency-Key) are sealed with
// AES-256-GCM under a key derived from NEXTAUTH_SECRET, so a database dump alone
// reveals no link and no contact details.
// Derived once per secret and purpose: every booking seals, and every mail sent unseals.
const keys = new Map<string, Buffer>();

function key(purpose: string): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const cacheKey = `${purpose}\u0000${secret}`;
  let derived = keys.get(cacheKey);
  if (!derived) {
    derived = Buffer.from(hkdfSync("sha256", secret, "stride-sealed-box", purpose, 32));
    keys.set(cacheKey, derived);
  }
  return derived;
}

export function seal(purpose: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function unseal<T>(purpose: string, sealed: string): T {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(purpose), iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as T;
}
