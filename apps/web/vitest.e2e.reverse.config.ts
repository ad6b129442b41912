import { defineConfig, mergeConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.e2e.config";

/**
 * The browser tests in reverse file order, on one server: each file makes or picks its own
 * data, so the order they run in must not matter (`pnpm --filter @consortia/web test:e2e:reverse`).
 */
class Reverse extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => b.moduleId.localeCompare(a.moduleId));
  }
}
export default mergeConfig(base, defineConfig({ test: { sequence: { sequencer: Reverse } } }));
