/** What every scenario reports, whatever drives it (HTTP or SQL). Latencies in milliseconds. */
export type Measurement = {
  /** Completed operations (HTTP responses, or SQL round trips of the whole statement set). */
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /**
   * The same latencies split by the kind of request, where a scenario labels its requests
   * (documents.search and search-sql: the broad query and the specific ones).
   */
  byKind?: Record<string, { requests: number; latencyMs: LatencySummary }>;
  /** Connection errors and timeouts (HTTP) or failed statements (SQL). */
  errors: number;
  /** HTTP responses outside 2xx; always 0 for SQL scenarios. */
  non2xx: number;
  /** HTTP responses whose body differed from the checked one (only when a body is expected). */
  mismatches: number;
};

export type LatencySummary = {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p97_5: number;
  p99: number;
  max: number;
};

/** Exact latency samples (autocannon's own histogram only has 1 ms resolution). */
export class LatencyRecorder {
  private samples = new Float64Array(1 << 16);
  private n = 0;

  record(ms: number): void {
    if (this.n === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.n++] = ms;
  }

  get count(): number {
    return this.n;
  }

  summary(): LatencySummary {
    const sorted = this.samples.slice(0, this.n).sort();
    const at = (q: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0;
    let sum = 0;
    for (const v of sorted) sum += v;
    return {
      mean: sorted.length ? sum / sorted.length : 0,
      p50: at(0.5),
      p90: at(0.9),
      p95: at(0.95),
      p97_5: at(0.975),
      p99: at(0.99),
      max: sorted.length ? sorted[sorted.length - 1]! : 0,
    };
  }
}

/** One recorder for all requests and one per kind of request. */
export class KindedLatencies {
  readonly all = new LatencyRecorder();
  private kinds = new Map<string, LatencyRecorder>();

  record(ms: number, kind?: string): void {
    this.all.record(ms);
    if (kind === undefined) return;
    const r = this.kinds.get(kind) ?? new LatencyRecorder();
    this.kinds.set(kind, r);
    r.record(ms);
  }

  /** Measurement.byKind, or nothing when no request was labelled. */
  byKind(): Pick<Measurement, "byKind"> {
    if (!this.kinds.size) return {};
    return {
      byKind: Object.fromEntries(
        [...this.kinds].map(([k, r]) => [k, { requests: r.count, latencyMs: r.summary() }]),
      ),
    };
  }
}

export type Ratio = {
  target: string;
  floor: string;
  /** target / floor: how many times slower the target is (1 = as fast as the floor). */
  latencyP50: number;
  latencyP99: number;
  /** target / floor: the share of the floor's throughput the target reaches (1 = same). */
  throughput: number;
};

export function ratio(target: string, t: Measurement, floor: string, f: Measurement): Ratio {
  const div = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  return {
    target,
    floor,
    latencyP50: div(t.latencyMs.p50, f.latencyMs.p50),
    latencyP99: div(t.latencyMs.p99, f.latencyMs.p99),
    throughput: div(t.requestsPerSecond, f.requestsPerSecond),
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
