import autocannon from "autocannon";
import { KindedLatencies, type Measurement } from "./stats";

export type HttpLoad = {
  url: string;
  headers?: Record<string, string>;
  /** When set, every response body must equal this; differences are counted as mismatches. */
  expectBody?: string;
  /**
   * Paths on `url` requested in turn from one shared rotation, instead of `url` itself: at
   * any moment the connections are at different paths (as the SQL floors' workers are), not
   * all at the same one.
   */
  paths?: string[];
  /** With `paths`: the kind of request each path is, to split the latencies (byKind). */
  kinds?: string[];
  /** With `paths`: every response body must be one of these. */
  expectBodies?: ReadonlySet<string>;
  /** Seconds before a request counts as an error (autocannon's default: 10). */
  timeoutSeconds?: number;
};

export type LoadShape = { connections: number; seconds: number; signal: AbortSignal };

/** Closed-loop HTTP load with autocannon; latencies recorded exactly from each response. */
export function runHttpLoad(load: HttpLoad, shape: LoadShape): Promise<Measurement> {
  const latencies = new KindedLatencies();
  const bodies = load.expectBodies ?? new Set<string>();
  const paths = load.paths ?? [];
  let next = 0;
  // A connection's context lives from building its request to its response (autocannon
  // renews it per request when the list has one); onResponse runs just before the
  // "response" event of the same connection, so `answered` is the kind being timed there.
  let answered: string | undefined;
  type Context = { kind?: string | undefined };
  const nextPath = (req: autocannon.Request, context: object) => {
    const i = next++ % paths.length;
    (context as Context).kind = load.kinds?.[i];
    return { ...req, path: paths[i] };
  };
  const onResponse = (_status: number, _body: string, context: object) => {
    answered = (context as Context).kind;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: load.url,
        method: "GET",
        connections: shape.connections,
        duration: shape.seconds,
        ...(load.headers ? { headers: load.headers } : {}),
        ...(load.expectBody !== undefined ? { expectBody: load.expectBody } : {}),
        ...(paths.length
          ? { requests: [{ method: "GET", setupRequest: nextPath, onResponse }] }
          : {}),
        ...(load.timeoutSeconds ? { timeout: load.timeoutSeconds } : {}),
        ...(load.expectBodies
          ? { verifyBody: (body?: string | Buffer) => bodies.has(String(body)) }
          : {}),
      },
      (err, result) => {
        shape.signal.removeEventListener("abort", stop);
        if (err) return reject(err);
        if (shape.signal.aborted) return reject(new Error("aborted"));
        const latencyMs = latencies.all.summary();
        resolve({
          requests: result.requests.total,
          seconds: result.duration,
          requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
          latencyMs,
          errors: result.errors,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
          ...latencies.byKind(),
        });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.record(responseTime, answered);
      answered = undefined;
    });
    const stop = () => instance.stop();
    shape.signal.addEventListener("abort", stop, { once: true });
  });
}
