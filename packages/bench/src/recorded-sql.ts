import pg from "pg";

/** One statement as the app sent it: its text and parameters. */
export type Statement = { text: string; values: unknown[] };

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
    waves.at(-1)?.push({ text, values: params as unknown[] });
    const result = original.apply(this, args);
    if (result instanceof Promise)
      result.then(
        () => answered++,
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

/** Sends recorded statements straight through `pool`, wave after wave, each wave at once. */
export async function replay(pool: pg.Pool, waves: readonly Statement[][]): Promise<void> {
  for (const wave of waves) await Promise.all(wave.map((s) => pool.query(s.text, s.values)));
}

/** How many statements the waves hold. */
export const statementCount = (waves: readonly Statement[][]) =>
  waves.reduce((n, w) => n + w.length, 0);
