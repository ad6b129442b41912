import pg from "pg";

/**
 * One statement as the app sent it: its text and parameters, and, for an insert that returned
 * one row, that row (its generated keys: a replay learns what they became, see `replay`).
 */
export type Statement = { text: string; values: unknown[]; returned?: Record<string, unknown> };

/**
 * The statements a call sends, recorded at the `pg` client (what Kysely compiled, session and
 * access checks included) and grouped in waves: statements sent before any earlier one had
 * answered went out together (Promise.all in the service), so a floor that replays the waves
 * in order, each wave at once, sends "the same SQL directly" with the app's own concurrency.
 */
export async function recordStatements(fn: () => Promise<unknown>): Promise<Statement[][]> {
  type Query = (this: pg.Client, ...args: unknown[]) => unknown;
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  const waves: Statement[][] = [];
  let answered = 0;
  let answeredAtWave = -1;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args;
    const text = typeof config === "string" ? config : (config as { text: string }).text;
    const params =
      (typeof config === "string" ? values : (config as { values?: unknown[] }).values) ?? [];
    if (answered !== answeredAtWave || waves.length === 0) {
      waves.push([]);
      answeredAtWave = answered;
    }
    const statement: Statement = { text, values: params as unknown[] };
    waves.at(-1)?.push(statement);
    const result = original.apply(this, args);
    if (result instanceof Promise)
      result.then(
        (r: pg.QueryResult) => {
          if (INSERT.test(text) && r.rows?.length === 1) statement.returned = r.rows[0];
          answered++;
        },
        () => answered++,
      );
    return result;
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return waves;
}

const INSERT = /^\s*insert\b/i;

/**
 * Sends recorded statements straight through `pool`, wave after wave, each wave at once.
 *
 * Two things make a recorded write replayable:
 * - a transaction (`begin` … `commit`/`rollback`, as Kysely sends them) runs on one connection
 *   of the pool, as the app's did;
 * - a key the database generated while recording (the id an insert returned) comes out
 *   different in the replay: `ids` learns the new one from the replayed insert and sends it in
 *   place of the recorded one in the statements after it (pass the same map to the replays of
 *   one round's calls).
 */
export async function replay(
  pool: pg.Pool,
  waves: readonly Statement[][],
  ids: Map<unknown, unknown> = new Map(),
): Promise<void> {
  let trx: pg.PoolClient | null = null;
  try {
    for (const wave of waves)
      await Promise.all(
        wave.map(async (s) => {
          const word = s.text.trim().toLowerCase();
          if (word === "begin") trx = await pool.connect();
          const r = await (trx ?? pool).query(s.text, rebound(s.values, ids));
          if (word === "commit" || word === "rollback") {
            trx?.release();
            trx = null;
          }
          if (s.returned) learnIds(s.returned, r.rows[0], ids);
        }),
      );
  } finally {
    (trx as pg.PoolClient | null)?.release();
  }
}

/** The parameters with each recorded generated key replaced by what it became in the replay. */
export function rebound(values: readonly unknown[], ids: ReadonlyMap<unknown, unknown>): unknown[] {
  if (ids.size === 0) return values as unknown[];
  return values.map((v) => (ids.has(v) ? ids.get(v) : v));
}

/** Learns the keys a replayed insert generated: each text value that differs from the recording. */
export function learnIds(
  recorded: Record<string, unknown>,
  replayed: Record<string, unknown> | undefined,
  ids: Map<unknown, unknown>,
): void {
  for (const [column, was] of Object.entries(recorded)) {
    const now = replayed?.[column];
    if (typeof was === "string" && typeof now === "string" && was !== now) ids.set(was, now);
  }
}

/** How many statements the waves hold. */
export const statementCount = (waves: readonly Statement[][]) =>
  waves.reduce((n, w) => n + w.length, 0);
