import type { Database, DbHandle } from "@consortia/db";
import cronParser from "cron-parser";
import { sql, type Transaction } from "kysely";
import PgBoss from "pg-boss";
import type { ApiDeps } from "../context";
import { logger } from "../logger";
import { pgliteBossDb, transactionBossDb } from "./boss-db";
import type { AnyJob, JobInput, JobName } from "./define";

export type JobsDeps = ApiDeps & { handle: DbHandle };

export type JobsOptions = {
  /** The clock handed to handlers (default: the system clock). */
  now?: () => Date;
  /** false: this instance sends and schedules but runs nothing (default true). */
  work?: boolean;
  /** false: skip the start-up run of definitions marked `runAtStart` (default true). */
  runAtStart?: boolean;
  /** How often an idle worker looks for jobs, in seconds (default 2, at least 0.5). */
  pollingIntervalSeconds?: number;
  /** How long `stop` waits for running handlers before failing them for a retry. */
  stopTimeoutMs?: number;
  /** Cron expressions replacing definitions' own, by job name (configuration: JOB_SCHEDULES). */
  schedules?: Readonly<Record<string, string>>;
};

export type SendOptions = {
  /** Not before this time (or this many seconds from now). */
  startAfter?: Date | number;
  /** A fixed id makes sending idempotent: a second send with the same id is ignored. */
  id?: string;
  singletonKey?: string;
  /** At most one job per key (or per queue) in each window of this many seconds. */
  singletonSeconds?: number;
  priority?: number;
  /** Send inside this transaction: the job exists only if it commits. */
  trx?: Transaction<Database>;
};

export type JobState = {
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retryCount: number;
  output: unknown;
  startedOn: Date | null;
  completedOn: Date | null;
};

export type Jobs<D extends readonly AnyJob[]> = {
  /** Installs or migrates the queue schema, creates queues and schedules, starts workers. */
  start(): Promise<void>;
  /** Waits for running handlers (up to `stopTimeoutMs`), then fails the rest for a retry. */
  stop(): Promise<void>;
  /** Returns the job id, or null when a singleton rule or a repeated id dropped it. */
  send<N extends JobName<D>>(
    name: N,
    data: JobInput<D, N>,
    options?: SendOptions,
  ): Promise<string | null>;
  /** One schedule per queue (replaces the definition's cron until the next start). */
  schedule<N extends JobName<D>>(name: N, cron: string, data: JobInput<D, N>): Promise<void>;
  job(name: JobName<D>, id: string): Promise<JobState | null>;
};

const SCHEMA = "pgboss";

function bossFor(handle: DbHandle, pollingIntervalSeconds: number): PgBoss {
  const common = { schema: SCHEMA, pollingIntervalSeconds };
  if (handle.kind === "postgres") {
    return new PgBoss({
      ...common,
      connectionString: handle.url,
      max: 4,
      application_name: "consortia-jobs",
    });
  }
  return new PgBoss({ ...common, db: pgliteBossDb(handle.db, handle.pglite) });
}

/**
 * Runs `fn` while holding a database-wide advisory lock (PostgreSQL only; the embedded
 * database has one process). Servers starting together would otherwise create the same
 * queues, each a partition table, at once and deadlock one another's start-up.
 */
async function oneServerAtATime<T>(handle: DbHandle, fn: () => Promise<T>): Promise<T> {
  if (handle.kind !== "postgres") return fn();
  return handle.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext('consortia.job-queue-setup'))`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtext('consortia.job-queue-setup'))`.execute(conn);
    }
  });
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The job queue: pg-boss keeping its state in the app's database (schema `pgboss`), on
 * PostgreSQL through its own small pool, on PGlite through the app's single instance.
 * Jobs survive restarts; a failing handler is retried and does not hold up other jobs.
 */
export function createJobs<const D extends readonly AnyJob[]>(
  deps: JobsDeps,
  options: JobsOptions & { definitions: D },
): Jobs<D>;
export function createJobs(
  deps: JobsDeps,
  options: JobsOptions & { definitions: readonly AnyJob[] },
): Jobs<readonly AnyJob[]> {
  const definitions = options.definitions;
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const schedules = options.schedules ?? {};
  for (const [name, cron] of Object.entries(schedules)) {
    if (!byName.get(name)?.cron)
      throw new Error(
        `JOB_SCHEDULES names ${name}, which is no scheduled job (scheduled: ${definitions
          .filter((d) => d.cron)
          .map((d) => d.name)
          .join(", ")})`,
      );
    // The parser pg-boss schedules with: refused here, before anything starts.
    try {
      cronParser.parseExpression(cron, { tz: "UTC" });
    } catch (err) {
      throw new Error(`JOB_SCHEDULES: "${cron}" for ${name} is no cron expression (${err})`);
    }
  }
  const now = options.now ?? (() => new Date());
  const boss = bossFor(deps.handle, options.pollingIntervalSeconds ?? 2);
  const workers = new Map<string, string>();
  const { handle: _handle, ...appDeps } = deps;
  let starting: Promise<void> | null = null;
  let running = false;

  boss.on("error", (err) => logger.error({ err }, "job queue error"));

  function definition(name: string): AnyJob {
    const d = byName.get(name);
    if (!d) throw new Error(`No job is defined under the name ${name}`);
    return d;
  }

  async function run(d: AnyJob, job: PgBoss.Job<unknown>) {
    const log = logger.child({ job: d.name, jobId: job.id });
    const started = performance.now();
    try {
      const output = await d.handle(d.data.parse(job.data), {
        deps: appDeps,
        now,
        log,
        jobId: job.id,
      });
      log.info({ ms: Math.round(performance.now() - started), output }, "job done");
      return output;
    } catch (err) {
      log.error({ err }, "job failed");
      throw err;
    }
  }

  async function setUp() {
    await boss.start();
    for (const d of definitions) {
      const queue = defined({
        name: d.name,
        policy: d.policy,
        retryLimit: d.retryLimit,
        retryDelay: d.retryDelaySeconds,
        retryBackoff: d.retryBackoff,
        expireInSeconds: d.expireInSeconds,
      });
      await boss.createQueue(d.name, queue);
      await boss.updateQueue(d.name, queue); // createQueue keeps an existing queue's settings
      const cron = schedules[d.name] ?? d.cron;
      if (cron) {
        d.data.parse({});
        await boss.schedule(d.name, cron, {}, { tz: "UTC" });
      } else {
        await boss.unschedule(d.name);
      }
    }
  }

  async function boot() {
    await oneServerAtATime(deps.handle, setUp);
    if (options.work !== false) {
      for (const d of definitions) {
        const id = await boss.work(d.name, { batchSize: 1 }, async ([job]) =>
          job ? run(d, job) : undefined,
        );
        workers.set(d.name, id);
      }
    }
    if (options.runAtStart !== false) {
      for (const d of definitions.filter((x) => x.runAtStart)) {
        await boss.send(d.name, {}, { singletonKey: "start", singletonSeconds: 3600 });
      }
    }
    running = true;
    logger.info({ queues: definitions.map((d) => d.name) }, "job queue started");
  }

  return {
    start() {
      starting ??= boot().catch(async (err) => {
        starting = null;
        await boss.stop({ graceful: false }).catch(() => undefined);
        throw err;
      });
      return starting;
    },

    async stop() {
      if (!starting) return;
      await starting.catch(() => undefined);
      running = false;
      starting = null;
      workers.clear();
      await boss.stop({ graceful: true, timeout: options.stopTimeoutMs ?? 20_000 });
      logger.info("job queue stopped");
    },

    async send(name, data, opts = {}) {
      if (!running) throw new Error("The job queue is not started");
      const d = definition(name);
      const { trx, ...rest } = opts;
      const sendOptions: PgBoss.SendOptions = defined({
        ...rest,
        ...(trx ? { db: transactionBossDb(trx) } : {}),
      });
      const id = await boss.send(name, d.data.parse(data) as object, sendOptions);
      const worker = workers.get(name);
      // Wake the local worker instead of waiting for its next poll (after commit for trx sends).
      if (id && worker && !trx) boss.notifyWorker(worker);
      return id;
    },

    async schedule(name, cron, data) {
      if (!running) throw new Error("The job queue is not started");
      const d = definition(name);
      await boss.schedule(name, cron, d.data.parse(data) as object, { tz: "UTC" });
    },

    async job(name, id) {
      const j = await boss.getJobById(name, id, { includeArchive: true });
      if (!j) return null;
      return {
        state: j.state,
        retryCount: j.retryCount,
        output: j.output,
        startedOn: j.startedOn,
        completedOn: j.completedOn,
      };
    },
  };
}
