import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.resolve(import.meta.dirname, "../../.data/nextauth-secret");

/**
 * NEXTAUTH_SECRET for zero-setup runs: generated once and kept in .data (git-ignored)
 * so sessions survive restarts. Production sets NEXTAUTH_SECRET itself.
 */
export function localAuthSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
