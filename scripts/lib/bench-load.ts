import type { EventEmitter } from "node:events";

import autocannon from "autocannon";

export interface LoadResult {
  route: string;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  /** p95 of the responses the server worked on (every status but 503, which an overloaded instance answers at once). */
  p95Served: number;
  /** Requests autocannon gave up on after its 10 s time-out. */
  timeouts: number;
  /** Responses that were not 2xx, by status, plus socket errors and time-outs. */
  non2xx: Record<string, number>;
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Runs autocannon against one URL and measures every response's latency itself
 * (autocannon's summary has no p95). `bodies` gives each request its own body.
 * `sequence` makes one measured request out of several paths fetched one after
 * another on the same connection (a page and the data it loads): its latency
 * is their sum, and req/s counts whole sequences.
 */
export async function load(opts: {
  route: string;
  url: string;
  connections: number;
  seconds: number;
  method?: "GET" | "POST";
  bodies?: () => string | undefined;
  /** Extra request headers, such as a session cookie. */
  headers?: Record<string, string>;
  sequence?: string[];
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const served: number[] = [];
  const statuses: Record<string, number> = {};
  // Without a callback autocannon returns an emitter that is also a promise of the result.
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    method: opts.method ?? "GET",
    headers: { "content-type": "application/json", ...opts.headers },
    requests: opts.sequence
      ? opts.sequence.map((path) => ({ method: "GET" as const, path }))
      : opts.bodies
        ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: opts.bodies!() ?? "{}" }) }]
        : undefined,
  }) as unknown as Promise<autocannon.Result> & EventEmitter;
  const steps = opts.sequence?.length ?? 1;
  const partial = new Map<unknown, { sum: number; count: number }>();
  instance.on("response", (client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    // Each connection runs the sequence in order, so its responses come in whole rounds.
    const round = partial.get(client) ?? { sum: 0, count: 0 };
    round.sum += responseTime;
    round.count += 1;
    if (round.count < steps) return void partial.set(client, round);
    partial.delete(client);
    latencies.push(round.sum);
    if (statusCode !== 503) served.push(round.sum);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  served.sort((a, b) => a - b);
  const non2xx = Object.fromEntries(Object.entries(statuses).filter(([status]) => !status.startsWith("2")));
  return {
    route: opts.route,
    connections: opts.connections,
    requests: latencies.length,
    reqPerSec: Math.round(latencies.length / opts.seconds),
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    p95Served: Math.round(percentile(served, 95) * 10) / 10,
    timeouts: result.timeouts,
    non2xx,
    errors: result.errors + result.timeouts,
  };
}
