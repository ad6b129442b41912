import { defineConfig } from "vitest/config";

// Browser tests against the production build: one server (started in globalSetup) shared by
// every file, files run one after another so a slow CI machine is not overloaded.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./e2e/harness.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    passWithNoTests: false,
  },
});
