import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptDelayProxy {
  url: string;
  close: () => Promise<void>;
}

/**
 * A loopback proxy in front of `target` that answers every request as the target does, but
 * sends the body of each JavaScript file `delayMs` later. A diagnostic for `npm run lighthouse`: over a real network
 * a page's scripts arrive after its stylesheet and first paint; on loopback they arrive at
 * once and are parsed on the same two cores as the first frame. Twenty lines of node:http
 * rather than a proxy library: nothing else in the project proxies.
 */
export async function startScriptDelayProxy(target: string, delayMs: number): Promise<ScriptDelayProxy> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const isScript = new URL(req.url ?? "/", upstream).pathname.endsWith(".js");
    const request = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (response) => {
        // Headers at once, body later: Lighthouse estimates the server's response time from
        // the headers, and a late header would slow every request it simulates, the page too.
        res.writeHead(response.statusCode ?? 502, response.headers);
        res.flushHeaders();
        const send = () => response.pipe(res);
        if (isScript) setTimeout(send, delayMs);
        else send();
      },
    );
    request.on("error", () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(request);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
