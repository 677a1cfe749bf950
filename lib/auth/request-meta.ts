import { clientAddress } from "./client-address";
import { PEER_HEADER, peerFromHeader } from "./peer-header";

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

type HeaderSource = Pick<Headers, "get"> | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | null {
  if (typeof (source as Headers).get === "function") return (source as Headers).get(name);
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : (value ?? null);
}

/**
 * Who is calling, for the audit trail and every per-address limit: the
 * socket's address (written by the server, lib/auth/peer-header.ts), or behind
 * a proxy named in TRUSTED_PROXIES the right-most untrusted X-Forwarded-For
 * entry. A client's own X-Forwarded-For is never believed. Null when the
 * server did not record the socket (a request before start-up finished).
 */
export function requestMeta(source: HeaderSource): RequestMeta {
  const peer = peerFromHeader(header(source, PEER_HEADER));
  const ip = peer ? clientAddress(peer, header(source, "x-forwarded-for")) : null;
  const userAgent = header(source, "user-agent");
  return { ip: ip?.slice(0, 64) ?? null, userAgent: userAgent?.slice(0, 300) ?? null };
}
