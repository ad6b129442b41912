import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Everything the bench reads from the environment, read once. */
export type BenchConfig = {
  /** Admin connection used to create and drop the throwaway database. */
  adminUrl: string;
  /** Seconds measured per scenario. */
  durationSeconds: number;
  /** Seconds of unmeasured load before each scenario. */
  warmupSeconds: number;
  /** Concurrent HTTP connections, and pg pool size / workers for the SQL floors. */
  connections: number;
  dataset: DatasetSize;
  transfer: TransferSize;
  /** The export part: dataset scale (1 = 4,000 deliverables, 8,000 events, …) and runs. */
  export: { scale: number; runs: number };
  /**
   * BENCH_ONLY: the parts to run (comma-separated, e.g. `search,transfer`); null runs all.
   * `export`, `finance` and `control` need no web build or server; `pages` starts its own on the demo
   * database.
   */
  only: BenchPart[] | null;
  /** Keep the bench database afterwards (for poking at it with psql). */
  keepDatabase: boolean;
  /** Server log level passed to the app (pino); "warn" keeps the bench output readable. */
  serverLogLevel: string;
  /**
   * BENCH_CPU_PROFILE: a folder where `next start` (run with `node --cpu-prof`) writes a
   * .cpuprofile of its whole life when the bench stops it; null profiles nothing.
   */
  cpuProfileDir: string | null;
  repoRoot: string;
  webDir: string;
  resultsDir: string;
  /** Parent of the run's scratch folder (app storage, the floor's files, the test file). */
  tmpRoot: string;
};

export type DatasetSize = {
  projects: number;
  /** Average partners per project; projects range from avg-6 to avg+6. */
  partnersPerProject: number;
  users: number;
  /** Project memberships per generated user. */
  membershipsPerUser: number;
  auditPerProject: number;
  invitationsPerProject: number;
  /** Documents in the bench project's library (the search scenarios). */
  documents: number;
};

export type TransferSize = {
  /** Size of the uploaded and downloaded file; 0 skips the transfer scenarios. */
  mebibytes: number;
  /** Transfers of each kind (app and floor, upload and download); the median is reported. */
  runs: number;
};

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min) throw new Error(`${name} must be a number >= ${min}`);
  return n;
}

/** The parts of a run, in the order they run. */
export const BENCH_PARTS = [
  "overview",
  "search",
  "transfer",
  "scale-out",
  "export",
  "finance",
  "control",
  "pages",
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

function onlyParts(raw: string | undefined): BenchPart[] | null {
  if (!raw) return null;
  const parts = raw.split(",").map((p) => p.trim());
  const unknown = parts.filter((p) => !(BENCH_PARTS as readonly string[]).includes(p));
  if (unknown.length || !parts.length)
    throw new Error(
      `BENCH_ONLY must list parts among ${BENCH_PARTS.join(", ")} (or be unset for everything); got ${raw}`,
    );
  return parts as BenchPart[];
}

/** Whether the run includes the part. */
export function runsPart(config: Pick<BenchConfig, "only">, part: BenchPart): boolean {
  return config.only === null || config.only.includes(part);
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const repoRoot = path.resolve(fileURLToPath(new URL("../../../", import.meta.url)));
  const partnersPerProject = intEnv(env, "BENCH_PARTNERS_PER_PROJECT", 12, 7);
  return {
    adminUrl: env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres",
    durationSeconds: intEnv(env, "BENCH_DURATION", 10),
    warmupSeconds: intEnv(env, "BENCH_WARMUP", 2, 0),
    connections: Math.floor(intEnv(env, "BENCH_CONNECTIONS", 10)),
    dataset: {
      projects: Math.floor(intEnv(env, "BENCH_PROJECTS", 2000, 10)),
      partnersPerProject: Math.floor(partnersPerProject),
      users: Math.floor(intEnv(env, "BENCH_USERS", 60_000, 100)),
      membershipsPerUser: Math.floor(intEnv(env, "BENCH_MEMBERSHIPS_PER_USER", 2)),
      auditPerProject: Math.floor(intEnv(env, "BENCH_AUDIT_PER_PROJECT", 100, 0)),
      invitationsPerProject: Math.floor(intEnv(env, "BENCH_INVITATIONS_PER_PROJECT", 4, 0)),
      documents: Math.floor(intEnv(env, "BENCH_DOCUMENTS", 100_000, 1000)),
    },
    transfer: {
      mebibytes: Math.floor(intEnv(env, "BENCH_TRANSFER_MIB", 256, 0)),
      runs: Math.floor(intEnv(env, "BENCH_TRANSFER_RUNS", 3)),
    },
    export: {
      scale: Math.floor(intEnv(env, "BENCH_EXPORT_SCALE", 2)),
      runs: Math.floor(intEnv(env, "BENCH_EXPORT_RUNS", 3)),
    },
    only: onlyParts(env.BENCH_ONLY),
    keepDatabase: env.BENCH_KEEP_DB === "1",
    serverLogLevel: env.BENCH_SERVER_LOG_LEVEL || "warn",
    cpuProfileDir: env.BENCH_CPU_PROFILE ? path.resolve(env.BENCH_CPU_PROFILE) : null,
    repoRoot,
    webDir: path.join(repoRoot, "apps", "web"),
    resultsDir: path.join(repoRoot, "bench-results"),
    tmpRoot: env.BENCH_TMP_DIR || os.tmpdir(),
  };
}
