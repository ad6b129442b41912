import fs from "node:fs";
import path from "node:path";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { DbConfig } from "./config";
import type { Database } from "./schema";

export type Db = Kysely<Database>;

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

// Both drivers must hand back the same JS types: dates as 'YYYY-MM-DD' strings, bigint
// counts as numbers, timestamptz as Date.
pg.types.setTypeParser(OID.INT8, (v: string) => Number(v));
pg.types.setTypeParser(OID.DATE, (v: string) => v);

export type DbHandle = { db: Db; close: () => Promise<void> } & (
  | {
      kind: "postgres";
      /** Lets a client that opens its own connections (the job queue) reach the same database. */
      url: string;
    }
  | {
      kind: "pglite";
      /** The one embedded instance: it has no socket, so anything else must run through it. */
      pglite: PGlite;
    }
);

export function createPostgresDb(url: string, poolSize = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", url, close: () => db.destroy() };
}

/** dataDir undefined → in memory (tests). */
/** `loadDataDir`: a tarball from `dumpDataDir` to start from (tests start migrated this way). */
export function createPgliteDb(dataDir?: string, opts: { loadDataDir?: Blob } = {}): DbHandle {
  if (dataDir) fs.mkdirSync(path.dirname(/*turbopackIgnore: true*/ dataDir), { recursive: true });
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    parsers: {
      [pgliteTypes.INT8]: (v: string) => Number(v),
      [OID.DATE]: (v: string) => v,
    },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: "pglite", pglite, close: () => db.destroy() };
}

export function createDb(config: DbConfig): DbHandle {
  if (config.databaseUrl) return createPostgresDb(config.databaseUrl, config.poolSize);
  return createPgliteDb(path.join(/*turbopackIgnore: true*/ config.dataDir, "pglite"));
}
