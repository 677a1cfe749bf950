import { z } from "zod";

// Kept apart from password-policy.ts (which reads the common-password list from
// disk) so that browser forms can import the same rule without node:fs.
export const MIN_PASSWORD_LENGTH = 12;

/** Shape rules the browser can check too; commonness is checked on the server. */
export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, "Use at most 256 characters");

export const COMMON_PASSWORD_MESSAGE =
  "This password is one of the most common ones; choose one that is harder to guess";
