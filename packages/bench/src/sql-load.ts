import pg from "pg";
import type { LoadShape } from "./http-load";
import { KindedLatencies, type Measurement } from "./stats";

/**
 * One operation: the statements one request issues, in order, each on a pooled connection.
 * It may answer (as a string) the kind of request it was, to split the latencies (Measurement.byKind).
 */
export type SqlOperation = (pool: pg.Pool) => Promise<unknown>;

/**
 * Closed-loop SQL load: `connections` workers share a pg Pool of the same size and repeat the
 * operation until the time is up, like autocannon's connections repeat a request.
 */
export async function runSqlLoad(
  databaseUrl: string,
  operation: SqlOperation,
  shape: LoadShape,
): Promise<Measurement> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: shape.connections });
  const latencies = new KindedLatencies();
  let errors = 0;
  try {
    // Open every connection first so connection setup is not measured.
    const clients = await Promise.all(
      Array.from({ length: shape.connections }, () => pool.connect()),
    );
    for (const c of clients) c.release();

    const started = performance.now();
    const deadline = started + shape.seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline && !shape.signal.aborted) {
        const t0 = performance.now();
        try {
          const kind = await operation(pool);
          // Like autocannon, count only what completes within the window.
          if (performance.now() <= deadline)
            latencies.record(performance.now() - t0, typeof kind === "string" ? kind : undefined);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: shape.connections }, worker));
    const seconds = shape.seconds;
    if (shape.signal.aborted) throw new Error("aborted");
    return {
      requests: latencies.all.count,
      seconds,
      requestsPerSecond: latencies.all.count / seconds,
      latencyMs: latencies.all.summary(),
      ...latencies.byKind(),
      errors,
      non2xx: 0,
      mismatches: 0,
    };
  } finally {
    await pool.end();
  }
}
