import pg from "pg";

/** Reads rows after the statements ran: `all` returns every row, as strings. */
export type DatasetRead<T> = (all: (q: string) => Promise<Record<string, string>[]>) => Promise<T>;

/**
 * Generates a dataset the bench's way: its set-based statements in one transaction on one
 * connection, then `read` picks the ids and counts the part needs. Returns what `read`
 * returns and the seconds the whole took.
 */
export async function generateWithSql<T>(
  url: string,
  statements: readonly string[],
  read: DatasetRead<T>,
): Promise<T & { seconds: number }> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("begin");
    for (const s of statements) await client.query(s);
    await client.query("commit");
    const got = await read(async (q) => (await client.query(q)).rows as Record<string, string>[]);
    return { ...got, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
