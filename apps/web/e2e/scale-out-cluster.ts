import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "@consortia/auth";
import { createPostgresDb, migrateToLatest, seedDemoPartnership } from "@consortia/db";
import pg from "pg";
import S3rver from "s3rver";
import { freePort, stop, waitForServer } from "./harness";
import { DEMO_PASSWORD } from "./support";

const WEB_DIR = path.resolve(import.meta.dirname, "..");
const BUCKET = "consortia-scale-out";

export type AppServer = {
  baseUrl: string;
  /** This server's own data folder (nothing should land there with S3 storage). */
  dataDir: string;
  log: () => string;
};

export type Cluster = {
  a: AppServer;
  b: AppServer;
  /** The folder s3rver keeps the bucket in. */
  s3Dir: string;
  /** SQL on the cluster's database. */
  query: <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<T[]>;
  stop: () => Promise<void>;
};

async function onAdmin(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Two `next start` processes of the production build on one throwaway PostgreSQL database
 * (migrated and seeded with the demo partnership first, as `pnpm db:migrate` and the seed do)
 * and one S3-protocol server (s3rver, in this process). Each server has its own data folder,
 * the same NEXTAUTH_SECRET and its own NEXTAUTH_URL. Everything is removed again by `stop`,
 * also when starting fails half-way.
 */
export async function startCluster(opts: { jobSchedules: string }): Promise<Cluster> {
  const adminUrl = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const dbName = `consortia_e2e_scale_${randomBytes(4).toString("hex")}`;
  const dbUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-scale-out-"));
  const s3Dir = path.join(scratch, "s3");
  const cleanups: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((err) => console.warn("[scale-out] clean-up failed:", err));
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  };

  try {
    await onAdmin(adminUrl, `create database "${dbName}"`);
    // WITH (FORCE): a server that did not exit cleanly may still hold connections.
    cleanups.push(() => onAdmin(adminUrl, `drop database if exists "${dbName}" with (force)`));
    const handle = createPostgresDb(dbUrl, 2);
    try {
      await migrateToLatest(handle.db);
      await seedDemoPartnership(handle.db, await hashPassword(DEMO_PASSWORD));
    } finally {
      await handle.close();
    }
    const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
    cleanups.push(() => pool.end());

    const s3 = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: s3Dir,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    });
    const { port: s3Port } = await s3.run();
    cleanups.push(() => s3.close());

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbUrl,
      NEXTAUTH_SECRET: `scale-out-${randomBytes(24).toString("hex")}`,
      LOG_LEVEL: "info",
      SMTP_URL: "",
      STORAGE_DRIVER: "s3",
      S3_BUCKET: BUCKET,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
      JOB_SCHEDULES: opts.jobSchedules,
    };
    delete env.TEST_DATABASE_URL;
    // Both at once: migrations and the job queue's schema must cope with a twin booting.
    const [a, b] = await Promise.all(
      ["a", "b"].map((name) => startServer(name, env, scratch, cleanups)),
    );
    if (!a || !b) throw new Error("two servers expected");
    return {
      a,
      b,
      s3Dir,
      query: async (text, values) => (await pool.query(text, values)).rows,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function startServer(
  name: string,
  shared: NodeJS.ProcessEnv,
  scratch: string,
  cleanups: Array<() => Promise<void>>,
): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = path.join(scratch, `data-${name}`);
  fs.mkdirSync(dataDir);
  const logFile = path.join(scratch, `server-${name}.log`);
  const log = fs.createWriteStream(logFile);
  const env = { ...shared, PORT: String(port), DATA_DIR: dataDir, NEXTAUTH_URL: baseUrl };
  const next = path.join(WEB_DIR, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(
    process.execPath,
    [next, "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: WEB_DIR, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  cleanups.push(async () => {
    await stop(child);
    log.end();
  });
  await waitForServer(baseUrl, child, logFile);
  return { baseUrl, dataDir, log: () => fs.readFileSync(logFile, "utf8") };
}

/** Every file below `dir` (relative paths), for checking where blobs landed. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}
