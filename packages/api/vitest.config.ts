import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
    // Test files share their worker's modules instead of importing the whole API afresh each
    // (import was 300 of the suite's 490 s on PGlite). Each file still builds its own database
    // through the harness; no test mocks modules or stubs globals, which sharing would leak.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine, one. The
    // embedded database runs inside each worker, so on PGlite two workers use both cores
    // (the suite in 448 s instead of 565 s there); on a server the default is kept.
    maxWorkers: process.env.TEST_DATABASE_URL ? undefined : Math.max(2, availableParallelism() - 1),
  },
});
