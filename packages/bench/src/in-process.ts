import { Writable } from "node:stream";
import { getServerState } from "@consortia/api";
import pg from "pg";

/**
 * What the in-process parts (export, finance, control) share: the app's dependencies as the
 * web server builds them, on the bench database, next to a `pg` Pool for the floors, and a
 * sink that counts bytes.
 */
export type InProcessApp = Awaited<ReturnType<typeof getServerState>> & { pool: pg.Pool };

/** Runs `fn` with the app and a floor pool on the database; both closed afterwards. */
export async function withInProcessApp<T>(
  o: { databaseUrl: string; dataDir: string },
  fn: (app: InProcessApp) => Promise<T>,
): Promise<T> {
  Object.assign(process.env, {
    DATABASE_URL: o.databaseUrl,
    DATA_DIR: o.dataDir,
    DATABASE_POOL_SIZE: "4",
  });
  const state = await getServerState();
  // The floor's connections: as many as the app's pool.
  const pool = new pg.Pool({ connectionString: o.databaseUrl, max: 4 });
  try {
    return await fn({ ...state, pool });
  } finally {
    // The bench database is dropped next: the pools must let go of it first.
    await pool.end();
    await state.handle.close();
  }
}

/** Counts what it is given and keeps none of it. */
export function countingSink() {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
}

/** The dataset's row counts on one line. */
export const rowSummary = (rows: Record<string, number>) =>
  Object.entries(rows)
    .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
    .join(", ");
