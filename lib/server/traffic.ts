import http from "node:http";

/**
 * The server process's front door, ahead of Next.js: it counts requests in flight,
 * turns requests away with a quick 503 when the instance is overloaded (a load
 * balancer or client tries again, rather than every request waiting out a queue),
 * and drains on SIGTERM: /api/health answers 503 at once so the balancer stops
 * sending, new requests get 503, those in flight finish (at most DRAIN_MS), the
 * job worker stops after its running job, then the process exits 0.
 */
export const DRAIN_MS = 10_000;
const HEALTH = "/api/health";

interface Traffic {
  inFlight: number;
  draining: boolean;
  maxInFlight: number;
  idle: Set<() => void>;
}

const globalForTraffic = globalThis as unknown as { strideTraffic?: Traffic };

/** STRIDE_MAX_IN_FLIGHT: requests one instance works on at once before answering 503 (default 64). */
export function maxInFlight(value = process.env.STRIDE_MAX_IN_FLIGHT): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 64;
}

// The refused request's body is read and dropped, so the connection can carry the client's
// next request; a draining server closes it.
function refuse(request: http.IncomingMessage, response: http.ServerResponse, body: object, retryAfter: number) {
  request.resume();
  response.writeHead(503, {
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Retry-After": String(retryAfter),
    ...(globalForTraffic.strideTraffic?.draining ? { Connection: "close" } : {}),
  });
  response.end(JSON.stringify(body));
}

/** Wraps every http.Server's request event in this process; safe to call more than once. */
export function installTrafficControl(): void {
  if (globalForTraffic.strideTraffic) return;
  const traffic: Traffic = { inFlight: 0, draining: false, maxInFlight: maxInFlight(), idle: new Set() };
  globalForTraffic.strideTraffic = traffic;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const forward = () => emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    if (event !== "request") return forward();
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    const health = request.url === HEALTH || request.url?.startsWith(`${HEALTH}?`);
    if (traffic.draining) {
      refuse(request, response, health ? { status: "draining" } : { error: "unavailable", reason: "restarting" }, 5);
      return true;
    }
    // Health checks always get through: an overloaded instance is still alive.
    if (!health && traffic.inFlight >= traffic.maxInFlight) {
      refuse(request, response, { error: "unavailable", reason: "busy" }, 1);
      return true;
    }
    traffic.inFlight++;
    response.once("close", () => {
      traffic.inFlight--;
      if (traffic.inFlight === 0) for (const resolve of traffic.idle) resolve();
    });
    return forward();
  } as typeof emit;
}

/** Starts draining; resolves once no request is in flight, or after `limitMs`. Returns how many were left. */
export async function drain(limitMs = DRAIN_MS): Promise<number> {
  const traffic = globalForTraffic.strideTraffic;
  if (!traffic) return 0;
  traffic.draining = true;
  if (traffic.inFlight > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, limitMs);
      function done() {
        clearTimeout(timer);
        traffic!.idle.delete(done);
        resolve();
      }
      traffic.idle.add(done);
    });
  }
  return traffic.inFlight;
}
