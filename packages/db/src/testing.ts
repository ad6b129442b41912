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
  await copyOfMigrated(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = createPostgresDb(url.toString(), 5);
  await migrateToLatest(handle.db); // a no-op on the template's copy; kept as a guard
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await untilDisconnected(c, name);
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Closed pools finish ending their sockets asynchronously; dropping, renaming or copying the
 * database while they do fails or kills them with a FATAL error nobody listens to. Wait for
 * them (briefly) first.
 */
async function untilDisconnected(c: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await c.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1",
      [database],
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A hash of the migrations' sources: a snapshot or template made from other ones is not reused. */
function migrationsKey(): string {
  const dir = path.join(import.meta.dirname, "migrations");
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(dir).sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(dir, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * On a server, every test file copies a database migrated once (CREATE DATABASE … TEMPLATE),
 * instead of running every migration again. Making the template and copying it happen under
 * an advisory lock, so parallel workers make it once and never copy one being replaced; it
 * stays on the server for the next run with the same migrations.
 */
async function copyOfMigrated(serverUrl: string, name: string): Promise<void> {
  const template = `consortia_template_${migrationsKey()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query("select pg_advisory_lock(hashtext('consortia test template'))");
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [
      template,
    ]);
    if (!rowCount) {
      const building = `${template}_${randomBytes(4).toString("hex")}`;
      await admin.query(`create database ${building}`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      const handle = createPostgresDb(url.toString(), 1);
      await migrateToLatest(handle.db);
      await handle.close();
      await untilDisconnected(admin, building);
      await admin.query(`alter database ${building} rename to ${template}`);
      // Templates of earlier migrations are of no further use.
      const { rows } = await admin.query<{ datname: string }>(
        "select datname from pg_database where datname like 'consortia\\_template\\_%' and datname <> $1",
        [template],
      );
      for (const { datname } of rows)
        await admin.query(`drop database if exists ${datname}`).catch(() => undefined);
    }
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.query("select pg_advisory_unlock(hashtext('consortia test template'))");
    await admin.end();
  }
}

/**
 * Migrating a fresh PGlite takes seconds; every test file needs one. The migrated data
 * directory is dumped once per set of migrations (keyed by their source) and loaded after.
 */
async function migratedSnapshot(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `consortia-test-db-${migrationsKey()}.tar.gz`);
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
