import { createHmac, timingSafeEqual } from "node:crypto";

// `npm run clinic` and the start-up script ask the running app to refresh its
// pages after the clinic's details change. They prove who they are with a token
// derived from NEXTAUTH_SECRET, so no second secret needs configuring.
export function refreshToken(secret: string): string {
  return createHmac("sha256", secret).update("stride:refresh-clinic-pages").digest("hex");
}

export function isValidRefreshToken(candidate: string | null, secret: string | undefined): boolean {
  if (!candidate || !secret) return false;
  const expected = Buffer.from(refreshToken(secret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
