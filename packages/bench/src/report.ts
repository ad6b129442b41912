import fs from "node:fs";
import path from "node:path";
import type { Scenario } from "./scenarios";
import { type Measurement, type Ratio, ratio } from "./stats";
import type { TransferResult } from "./transfer";

export type ScenarioResult = {
  name: string;
  kind: Scenario["kind"];
  description: string;
  measurement: Measurement;
  /**
   * CPU time (user + system) the `next start` process spent per completed request during the
   * measurement (about 0 for SQL floors, which do not touch the server). Unlike latency it hardly
   * moves with the machine's load, so it compares runs on a busy machine.
   */
  serverCpuMsPerRequest: number;
};

export function computeRatios(list: Scenario[], results: ScenarioResult[]): Ratio[] {
  const byName = new Map(results.map((r) => [r.name, r]));
  const out: Ratio[] = [];
  for (const s of list) {
    const t = byName.get(s.name);
    if (s.kind !== "target" || !t) continue;
    for (const floor of s.compareWith ?? []) {
      const f = byName.get(floor);
      if (f) out.push(ratio(s.name, t.measurement, floor, f.measurement));
    }
  }
  return out;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");

export function formatResults(results: ScenarioResult[], ratios: Ratio[]): string {
  const main = table(
    [
      "scenario",
      "kind",
      "req/s",
      "p50 ms",
      "p97.5 ms",
      "p99 ms",
      "mean ms",
      "requests",
      "failed",
      "server CPU ms/req",
    ],
    results.map(({ name, kind, measurement: m, serverCpuMsPerRequest }) => [
      name,
      kind,
      f1(m.requestsPerSecond),
      f2(m.latencyMs.p50),
      f2(m.latencyMs.p97_5),
      f2(m.latencyMs.p99),
      f2(m.latencyMs.mean),
      String(m.requests),
      String(m.errors + m.non2xx + m.mismatches),
      f2(serverCpuMsPerRequest),
    ]),
  );
  const ratioTable = table(
    ["target / floor", "latency p50 ×", "latency p99 ×", "throughput ×"],
    ratios.map((r) => [
      `${r.target} / ${r.floor}`,
      f2(r.latencyP50),
      f2(r.latencyP99),
      f2(r.throughput),
    ]),
  );
  const kinds = formatByKind(results);
  return `${main}\n\n${ratioTable}${kinds ? `\n\n${kinds}` : ""}`;
}

/** The latencies of the scenarios that label their requests, by kind (e.g. broad, specific). */
export function formatByKind(results: ScenarioResult[]): string | null {
  const rows = results.flatMap(({ name, measurement: m }) =>
    Object.entries(m.byKind ?? {}).map(([kind, k]) => [
      `${name} ${kind}`,
      String(k.requests),
      f2(k.latencyMs.p50),
      f2(k.latencyMs.p95),
      f2(k.latencyMs.p97_5),
      f2(k.latencyMs.max),
    ]),
  );
  if (!rows.length) return null;
  return table(
    ["scenario by query kind", "requests", "p50 ms", "p95 ms", "p97.5 ms", "max ms"],
    rows,
  );
}

export function formatTransfers(transfers: TransferResult[]): string {
  return table(
    [
      "transfer",
      "MiB",
      "app MiB/s",
      "floor MiB/s",
      "app / floor",
      "app RSS peak MiB",
      "app RSS growth MiB",
      "floor RSS growth MiB",
      "sha256",
    ],
    transfers.map((t) => [
      t.direction,
      String(t.mebibytes),
      f1(t.appMiBps),
      f1(t.floorMiBps),
      f2(t.ratio),
      f1(t.appRssPeakMiB),
      f1(t.appRssGrowthMiB),
      f1(t.floorRssGrowthMiB),
      t.sha256Match ? "match" : "MISMATCH",
    ]),
  );
}

export function writeJson(dir: string, stamp: string, report: unknown): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** p95 of each scenario recorded by kind (documents.search and its floor: broad, specific). */
export const searchP95ByKind = (results: ScenarioResult[]) =>
  Object.fromEntries(
    results
      .filter((r) => r.measurement.byKind)
      .map((r) => [
        r.name,
        Object.fromEntries(
          Object.entries(r.measurement.byKind ?? {}).map(([k, v]) => [k, v.latencyMs.p95]),
        ),
      ]),
  );
