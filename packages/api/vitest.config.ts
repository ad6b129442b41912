import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine, one. The
    // embedded database runs inside each worker, so on PGlite two workers use both cores
    // (the suite in 448 s instead of 565 s there); on a server the default is kept.
    maxWorkers: process.env.TEST_DATABASE_URL ? undefined : Math.max(2, availableParallelism() - 1),
  },
});
