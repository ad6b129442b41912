import http from "node:http";
import type { AddressInfo } from "node:net";

export type RoundRobinProxy = {
  url: string;
  /** Requests handed to each backend so far, in the order the backends were given. */
  served: () => number[];
  close: () => Promise<void>;
};

/**
 * A minimal HTTP load balancer in this process: each request goes to the next backend in
 * turn, over keep-alive connections (one agent per backend), as a stateless proxy in front
 * of several app servers would send it. No retries, no health checks: a failing backend
 * shows as failed requests.
 */
export async function startRoundRobinProxy(
  backends: string[],
  maxSockets: number,
): Promise<RoundRobinProxy> {
  const targets = backends.map((b) => ({
    url: new URL(b),
    agent: new http.Agent({ keepAlive: true, maxSockets }),
    served: 0,
  }));
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = targets[next++ % targets.length];
    if (!target) throw new Error("no backend");
    target.served++;
    const upstream = http.request(
      {
        host: target.url.hostname,
        port: target.url.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.url.host },
        agent: target.agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (err) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy: ${err.message}`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served: () => targets.map((t) => t.served),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const t of targets) t.agent.destroy();
    },
  };
}
