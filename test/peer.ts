import { PEER_HEADER, installPeerHeader } from "@/lib/auth/peer-header";

/**
 * The header the server writes for a request from `address` (lib/auth/peer-header.ts),
 * for tests that call route handlers directly: a client's X-Forwarded-For is not believed.
 */
export function fromAddress(address: string): Record<string, string> {
  installPeerHeader();
  const secret = (globalThis as { stridePeerSecret?: string }).stridePeerSecret!;
  return { [PEER_HEADER]: `${secret} ${address}` };
}
