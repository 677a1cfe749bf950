import { readFileSync } from "node:fs";
import path from "node:path";

export { COMMON_PASSWORD_MESSAGE, MIN_PASSWORD_LENGTH, newPasswordField } from "./password-field";

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  // Shipped as a file so the list can be read and replaced without touching code.
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8").split("\n").filter(Boolean),
  );
  return common;
}

/** True for one of the 10,000 most common passwords (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
