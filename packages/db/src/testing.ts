import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createPgliteDb, createPostgresDb, type DbHandle } from "./client";
import { readDbConfig } from "./config";
import { migrateToLatest } from "./migrate";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a brand-new
 * database on the server named by TEST_DATABASE_URL (dropped again by `close`).
 */
export async function createTestDb(): Promise<DbHandle> {
  const serverUrl = readDbConfig().testDatabaseUrl;
  if (!serverUrl) {
    const handle = createPgliteDb(undefined, { loadDataDir: await migratedSnapshot() });
    await migrateToLatest(handle.db); // a no-op on the snapshot; kept as a guard
    return handle;
  }
  const name = `consortia_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = createPostgresDb(url.toString(), 5);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // Closed pools finish ending their sockets asynchronously; a forced drop while they do
      // kills them with a FATAL error nobody listens to. Wait for them (briefly) first.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = $1",
          [name],
        );
        if ((rows[0]?.n ?? 0) === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Migrating a fresh PGlite takes seconds; every test file needs one. The migrated data
 * directory is dumped once per set of migrations (keyed by their source) and loaded after.
 */
async function migratedSnapshot(): Promise<Blob> {
  const dir = path.join(import.meta.dirname, "migrations");
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(dir, name)));
  }
  const file = path.join(
    os.tmpdir(),
    `consortia-test-db-${hash.digest("hex").slice(0, 16)}.tar.gz`,
  );
  if (!fs.existsSync(file)) {
    const fresh = createPgliteDb();
    await migrateToLatest(fresh.db);
    if (fresh.kind !== "pglite") throw new Error("expected an embedded database");
    const dump = await fresh.pglite.dumpDataDir("gzip");
    await fresh.close();
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file); // atomic: a parallel worker reads a whole file or none
  }
  return new Blob([fs.readFileSync(file)]);
}
