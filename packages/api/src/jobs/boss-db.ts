import type { Database, DbHandle } from "@consortia/db";
import { CompiledQuery, type Kysely, type Transaction } from "kysely";

/** How pg-boss runs SQL when it is not given a connection string. */
export type BossDb = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
};

type Pglite = Extract<DbHandle, { kind: "pglite" }>["pglite"];

/**
 * pg-boss on the embedded database. PGlite is a single session without a socket, shared with
 * the app's Kysely instance, so every statement first takes Kysely's one connection: a job
 * query never lands inside an open app transaction, nor an app query inside pg-boss's own.
 * pg-boss sends its schema and maintenance SQL as several statements without parameters,
 * which only `exec` (simple protocol) accepts; statements with parameters go to `query`.
 */
export function pgliteBossDb(db: Kysely<Database>, pglite: Pglite): BossDb {
  return {
    executeSql: (text, values) =>
      db.connection().execute(async () => {
        try {
          if (values && values.length > 0) return await pglite.query(text, values);
          return (await pglite.exec(text)).at(-1) ?? { rows: [] };
        } catch (err) {
          // A failing multi-statement string leaves its own BEGIN open: never hand that on.
          if (pglite.isInTransaction()) await pglite.exec("rollback");
          throw err;
        }
      }),
  };
}

/**
 * Sends through an open app transaction (either driver): the job exists only if the
 * transaction commits. On the embedded database this is also the only safe way to send while
 * holding a transaction, since the queue would otherwise wait for the connection it holds.
 */
export function transactionBossDb(trx: Transaction<Database>): BossDb {
  return {
    executeSql: (text, values = []) => trx.executeQuery(CompiledQuery.raw(text, values)),
  };
}
