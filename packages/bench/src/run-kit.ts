import { execFileSync } from "node:child_process";
import os from "node:os";
import { serverVersion } from "./database";

/** What run.ts needs around the parts: cleaning up however the run ends, and where it ran. */

type Cleanup = { label: string; fn: () => Promise<void> };

/**
 * Cleanup steps that run last-in first-out, once, whether the run succeeds, fails or is
 * interrupted (SIGINT, SIGTERM: `abort` is signalled, then the steps run and the process exits).
 */
export function cleanupRegistry(abort: AbortController) {
  const steps: Cleanup[] = [];
  let cleaning: Promise<void> | undefined;
  const run = (): Promise<void> => {
    cleaning ??= (async () => {
      for (const { label, fn } of steps.reverse()) {
        try {
          await fn();
        } catch (err) {
          console.error(`cleanup (${label}) failed: ${(err as Error).message}`);
        }
      }
    })();
    return cleaning;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping and cleaning up…`);
      abort.abort();
      void run().finally(() => process.exit(130));
    });
  }
  return { push: (step: Cleanup) => steps.push(step), run };
}

function gitCommit(repoRoot: string): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** The machine, the software and the commit the run measured, for the results file. */
export async function runEnvironment(o: {
  repoRoot: string;
  databaseUrl: string;
  loadAverageAtStart: number | null;
  nextBuildId: string | null;
}) {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    loadAverageAtStart: o.loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
    postgres: await serverVersion(o.databaseUrl),
    gitCommit: gitCommit(o.repoRoot),
    nextBuildId: o.nextBuildId,
  };
}
