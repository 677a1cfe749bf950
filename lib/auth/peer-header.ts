import { randomUUID } from "node:crypto";
import http from "node:http";

/**
 * Route handlers and server actions never see the socket, so the server writes
 * its peer's address into this request header before Next.js reads the
 * request, overwriting any copy a client sent. The value carries a secret made
 * per process, so a header sent before this was installed is not believed.
 */
export const PEER_HEADER = "x-stride-peer";

const globalForPeer = globalThis as unknown as { stridePeerSecret?: string };

/** Wraps every http.Server's request event in this process; safe to call more than once. */
export function installPeerHeader(): void {
  if (globalForPeer.stridePeerSecret) return;
  const secret = randomUUID();
  globalForPeer.stridePeerSecret = secret;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const peer = request.socket?.remoteAddress;
      if (peer) request.headers[PEER_HEADER] = `${secret} ${peer}`;
      else delete request.headers[PEER_HEADER];
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** The socket address the server wrote into the header, or null (not installed, or a client's forgery). */
export function peerFromHeader(value: string | null): string | null {
  const secret = globalForPeer.stridePeerSecret;
  if (!secret || !value) return null;
  const [given, peer] = value.split(" ");
  return given === secret && peer ? peer : null;
}
