import { hashPassword } from "@consortia/auth";
import {
  createDb,
  type DbHandle,
  DEMO_LEAD_EMAIL,
  migrateToLatest,
  readDbConfig,
  seedDemoPartnership,
} from "@consortia/db";
import { createBlobStore, readStorageConfig } from "@consortia/storage";
import { readApiConfig } from "./config";
import type { ApiDeps } from "./context";
import { seedDemoWork } from "./demo-work";
import { cleanUpAtStart } from "./documents/reservations";
import { demoMoney } from "./finance/demo-money";
import { type AppJobs, JOBS } from "./job-registry";
import { createJobs, type Jobs } from "./jobs/queue";
import { stopOnSignals } from "./jobs/shutdown";
import { logger } from "./logger";
import { createMailer } from "./mail/mailer";

type ServerState = { deps: ApiDeps; handle: DbHandle; banner: string[]; jobs: Jobs<AppJobs> };

// One database, mailer and job queue per server process, kept across hot reloads in development.
const globalState = globalThis as unknown as {
  __consortia?: Promise<ServerState>;
  __consortiaJobs?: Promise<void>;
};

async function boot(): Promise<ServerState> {
  const dbConfig = readDbConfig();
  const config = readApiConfig();
  const handle = createDb(dbConfig);
  await migrateToLatest(handle.db);
  const banner: string[] = [];
  let demoProjectId: string | null = null;
  if (handle.kind === "pglite") {
    const password = config.demoPassword;
    const seeded = await seedDemoPartnership(handle.db, await hashPassword(password), demoMoney);
    demoProjectId = seeded.projectId;
    banner.push(
      `Embedded database in ${dbConfig.dataDir}${seeded.seeded ? " (demo partnership loaded)" : ""}`,
      `Demo sign-in: ${DEMO_LEAD_EMAIL} / ${password} (lead coordinator; every demo account uses this password)`,
    );
  } else {
    banner.push("Database: PostgreSQL (DATABASE_URL)");
  }
  if (!config.smtpUrl)
    banner.push("Mail: no SMTP_URL set; messages go to the outbox (Admin → Outbox)");
  const deps: ApiDeps = {
    db: handle.db,
    mailer: createMailer(handle.db, { smtpUrl: config.smtpUrl, from: config.mailFrom }),
    config,
    store: createBlobStore(readStorageConfig(), dbConfig.dataDir),
  };
  if (demoProjectId) {
    await seedDemoWork(deps, demoProjectId);
  }
  logger.info({ kind: handle.kind }, "server dependencies ready");
  const jobs = createJobs(
    { ...deps, handle },
    { definitions: JOBS, schedules: config.jobSchedules },
  );
  // Services reach the queue through deps (e.g. to dispatch notifications after a change).
  // The narrow sender: the queue parses each payload with its job's schema when it is sent,
  // so the untyped payload cannot slip through unchecked.
  deps.jobs = {
    send: (name, data, options) => jobs.send(name, data as never, options),
  };
  return { deps, handle, banner, jobs };
}

/** Migrates (and, on the embedded database, seeds the demo) once per process. */
export function getServerState(): Promise<ServerState> {
  globalState.__consortia ??= boot().catch((err) => {
    globalState.__consortia = undefined;
    throw err;
  });
  return globalState.__consortia;
}

/**
 * Starts the job queue once per process (the web server calls it at start-up; scripts that
 * only need the database do not) and stops it gracefully on SIGTERM or SIGINT. First clears
 * what uploads interrupted by a crash left behind.
 */
export function startJobs(): Promise<void> {
  globalState.__consortiaJobs ??= getServerState()
    .then(async ({ jobs, deps, handle }) => {
      await cleanUpAtStart(deps.db, deps.store, { soleServer: handle.kind === "pglite" });
      await jobs.start();
      stopOnSignals(() => jobs.stop());
    })
    .catch((err) => {
      globalState.__consortiaJobs = undefined;
      throw err;
    });
  return globalState.__consortiaJobs;
}

export async function getServerDeps(): Promise<ApiDeps> {
  return (await getServerState()).deps;
}
