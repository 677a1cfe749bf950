import type { IncomingMessage } from "node:http";

import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

type Trust = (address: string, hop: number) => boolean;

let compiled: { source: string; trust: Trust } | undefined;

/**
 * The proxies named in TRUSTED_PROXIES (comma-separated addresses or CIDR
 * ranges; unset trusts none). A wrong entry throws, naming the variable, so a
 * typo cannot silently trust nobody or everybody.
 */
export function trustedProxies(source = process.env.TRUSTED_PROXIES ?? ""): Trust {
  if (compiled?.source !== source) {
    const entries = source
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    try {
      compiled = { source, trust: proxyaddr.compile(entries) };
    } catch (error) {
      throw new Error(`TRUSTED_PROXIES: ${(error as Error).message}`);
    }
  }
  return compiled.trust;
}

/** One spelling per address: IPv4-mapped IPv6 (::ffff:10.0.0.1) as IPv4, IPv6 compressed. */
function canonical(address: string): string {
  return ipaddr.process(address).toString();
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy;
 * then X-Forwarded-For is read from the right, through trusted proxies only,
 * and the first untrusted entry is the client (what a client writes to the left
 * of it is its own claim). proxy-addr does the walking and the CIDR matching.
 */
export function clientAddress(peer: string, forwardedFor: string | null, trust: Trust = trustedProxies()): string {
  if (!ipaddr.isValid(peer)) return peer;
  const request = {
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage;
  const found = proxyaddr(request, trust);
  // A trusted proxy passes on whatever stands to the left of its own entry; only an address counts.
  return canonical(ipaddr.isValid(found) ? found : peer);
}
