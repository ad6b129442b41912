import { createPostgresDb, migrateToLatest } from "@consortia/db";
import pg from "pg";

export type BenchDatabase = { name: string; url: string };

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database named after the run, migrated to the latest schema. */
export async function createBenchDatabase(adminUrl: string, stamp: string): Promise<BenchDatabase> {
  const name = `consortia_bench_${stamp.replace(/[^0-9a-z]/gi, "").toLowerCase()}`;
  await admin(adminUrl, (c) => c.query(`create database "${name}"`));
  const url = withDatabase(adminUrl, name);
  const handle = createPostgresDb(url, 1);
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  return { name, url };
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  // WITH (FORCE): a server that did not exit cleanly may still hold connections.
  await admin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

export async function serverVersion(url: string): Promise<string> {
  return admin(url, async (c) => {
    const r = await c.query<{ server_version: string }>("show server_version");
    return r.rows[0]?.server_version ?? "unknown";
  });
}

/**
 * Waits until no other session runs a statement in the bench database. autocannon abandons
 * the requests in flight when its time is up, but the server finishes them; their queries
 * must not eat into the next measurement. Returns the seconds waited.
 */
export async function waitForQuietDatabase(url: string, timeoutMs = 120_000): Promise<number> {
  return admin(url, async (c) => {
    const started = performance.now();
    while (performance.now() - started < timeoutMs) {
      const r = await c.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity
         where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      );
      if (Number(r.rows[0]?.n) === 0) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the bench database was still busy after ${timeoutMs / 1000} s`);
  });
}

/** The newest session of a user (the one a sign-in just created). */
export async function latestSessionId(databaseUrl: string, userId: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query<{ id: string }>(
      "select id from sessions where user_id = $1 order by created_at desc limit 1",
      [userId],
    );
    const id = r.rows[0]?.id;
    if (!id) throw new Error("Sign-in created no session row");
    return id;
  } finally {
    await client.end();
  }
}
