import os from "node:os";
import { type LoadShape, runHttpLoad } from "./http-load";
import { table } from "./report";
import { startRoundRobinProxy } from "./round-robin-proxy";
import { trpcQueryUrl } from "./scenarios";
import type { WebServer } from "./server";
import type { Measurement } from "./stats";

export type ScaleOutRow = {
  setup: string;
  processes: number;
  measurement: Measurement;
  /** Measured requests each process answered (the proxy's count). */
  servedPerProcess: number[];
};

export type ScaleOutResult = {
  description: string;
  cpus: number;
  rows: ScaleOutRow[];
  /** Two processes' req/s over one process's. */
  throughputRatio: number;
};

export type ScaleOutInput = {
  /** The run's server, already warm from the main scenarios. */
  first: WebServer;
  /** Starts one more `next start` on the same database with the same secret. */
  startAnother: () => Promise<WebServer>;
  cookie: string;
  projectId: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  signal: AbortSignal;
  /** Waits until the load's abandoned requests have finished. */
  settle: (after: string) => Promise<void>;
  log: (msg: string) => void;
};

type OverviewBody = { result?: { data?: { json?: { project?: { id?: string } } } } };

/** One answer per backend through the proxy, each checked; the body if all are equal. */
async function checkedBody(url: string, cookie: string, projectId: string, n: number) {
  const bodies = new Set<string>();
  for (let i = 0; i < n; i++) {
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    const id = res.ok ? (JSON.parse(body) as OverviewBody).result?.data?.json?.project?.id : null;
    if (id !== projectId)
      throw new Error(
        `projects.overview through the proxy answered ${res.status}: ${body.slice(0, 300)}`,
      );
    bodies.add(body);
  }
  return bodies.size === 1 ? [...bodies][0] : undefined;
}

async function measure(input: ScaleOutInput, backends: WebServer[]): Promise<ScaleOutRow> {
  const setup = backends.length === 1 ? "1 process" : `${backends.length} processes`;
  const proxy = await startRoundRobinProxy(
    backends.map((b) => b.baseUrl),
    input.connections,
  );
  try {
    const url = trpcQueryUrl(proxy.url, "projects.overview", { projectId: input.projectId });
    const expectBody = await checkedBody(url, input.cookie, input.projectId, backends.length * 2);
    const load = { url, headers: { cookie: input.cookie }, ...(expectBody ? { expectBody } : {}) };
    const shape = (seconds: number): LoadShape => ({
      connections: input.connections,
      seconds,
      signal: input.signal,
    });
    if (input.warmupSeconds > 0) {
      await runHttpLoad(load, shape(input.warmupSeconds));
      await input.settle(`scale-out ${setup} warm-up`);
    }
    const before = proxy.served();
    const measurement = await runHttpLoad(load, shape(input.durationSeconds));
    await input.settle(`scale-out ${setup}`);
    const servedPerProcess = proxy.served().map((n, i) => n - (before[i] ?? 0));
    input.log(
      `scale-out, ${setup}: ${measurement.requestsPerSecond.toFixed(1)} req/s, ` +
        `p50 ${measurement.latencyMs.p50.toFixed(2)} ms (answered: ${servedPerProcess.join(" + ")})`,
    );
    return { setup, processes: backends.length, measurement, servedPerProcess };
  } finally {
    await proxy.close();
  }
}

/**
 * projects.overview through the same round-robin proxy in front of one process, then in
 * front of two (the run's server and a second `next start` on the same database and
 * secret), with the main scenarios' load shape. The proxy hop is in both measurements, so
 * the difference is the second process alone. The caller stops the second server.
 */
export async function runScaleOut(input: ScaleOutInput): Promise<ScaleOutResult> {
  const second = await input.startAnother();
  input.log(`scale-out: second next start ready at ${second.baseUrl}`);
  const one = await measure(input, [input.first]);
  const two = await measure(input, [input.first, second]);
  return {
    description:
      "authenticated tRPC GET projects.overview through a round-robin HTTP proxy (node:http, keep-alive) in front of 1, then 2 next start processes on one database",
    cpus: os.cpus().length,
    rows: [one, two],
    throughputRatio: two.measurement.requestsPerSecond / one.measurement.requestsPerSecond,
  };
}

export function formatScaleOut(r: ScaleOutResult): string {
  const f = (n: number, d: number) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
  const rows = r.rows.map(({ setup, measurement: m, servedPerProcess }) => [
    setup,
    f(m.requestsPerSecond, 1),
    f(m.latencyMs.p50, 2),
    f(m.latencyMs.p97_5, 2),
    f(m.latencyMs.p99, 2),
    String(m.errors + m.non2xx + m.mismatches),
    servedPerProcess.join(" + "),
  ]);
  return [
    `Scale-out: projects.overview through a round-robin proxy (${r.cpus} CPUs, database on the same machine)`,
    table(["setup", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "failed", "answered by"], rows),
    `two processes / one: ${f(r.throughputRatio, 2)} × throughput`,
  ].join("\n");
}
