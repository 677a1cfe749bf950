import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A manage-link token: 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The intake link's token, derived one way from the manage token: the manage
 * page can show the questionnaire link again, but the intake token grants only
 * the intake (it cannot be turned back into the manage token).
 */
export function intakeTokenFor(manageToken: string): string {
  return createHash("sha256").update(`stride-intake:${manageToken}`, "utf8").digest("base64url");
}

/** Shapes a token must have before it is looked up at all. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** Constant-time comparison of two hex hashes. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
