import "server-only";

import { seal, unseal } from "@/lib/sealed-box";

const SEALED_MANAGE_TOKEN = "manage-token";

/** The manage token as the booking keeps it for reminders: readable only with NEXTAUTH_SECRET. */
export function sealManageToken(token: string): string {
  return seal(SEALED_MANAGE_TOKEN, token);
}

export function openSealedManageToken(sealed: string): string {
  return unseal<string>(SEALED_MANAGE_TOKEN, sealed);
}
