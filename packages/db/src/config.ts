import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEST_DATABASE_URL: z.string().url().optional(),
});

export type DbConfig = {
  /** postgres://… when set; otherwise the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
  /** Tests only: the PostgreSQL server on which each test file gets a fresh database. */
  testDatabaseUrl: string | undefined;
};

/** Read once from the environment: the only place this package looks at process.env. */
export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = schema.parse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    DATABASE_POOL_SIZE: env.DATABASE_POOL_SIZE || undefined,
    TEST_DATABASE_URL: env.TEST_DATABASE_URL || undefined,
  });
  return {
    databaseUrl: parsed.DATABASE_URL,
    dataDir: path.resolve(/*turbopackIgnore: true*/ parsed.DATA_DIR ?? defaultDataDir()),
    poolSize: parsed.DATABASE_POOL_SIZE,
    testDatabaseUrl: parsed.TEST_DATABASE_URL,
  };
}

/** `<repo>/.data`, whichever workspace folder the process was started from. */
function defaultDataDir(): string {
  const cwd = process.cwd();
  const marker = `${path.sep}apps${path.sep}`;
  const pkgMarker = `${path.sep}packages${path.sep}`;
  for (const m of [marker, pkgMarker]) {
    const i = cwd.lastIndexOf(m);
    if (i >= 0) return path.join(/*turbopackIgnore: true*/ cwd.slice(0, i), ".data");
  }
  return path.join(/*turbopackIgnore: true*/ cwd, ".data");
}
