import { readFileSync } from "node:fs";
import path from "node:path";

import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

/** Shape rules the browser can check too; commonness is checked on the server. */
export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  // Shipped as a file so the list can be read and replaced without touching code.
  common ??= new Set(readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8").split("\n").filter(Boolean));
  return common;
}

/** True for one of the 10,000 most common passwords (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE = "This password is one of the most common ones; choose one that is harder to guess";
