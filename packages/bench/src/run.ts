import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchGoals } from "./bench-goals";
import { readBenchConfig, runsPart } from "./config";
import {
  createBenchDatabase,
  dropBenchDatabase,
  latestSessionId,
  waitForQuietDatabase,
} from "./database";
import { generateDataset } from "./dataset";
import { formatGoals } from "./goals";
import { onlyInProcess, onlyOwnParts, ownPartsJson, runOwnParts } from "./in-process-parts";
import {
  computeRatios,
  formatResults,
  formatTransfers,
  type ScenarioResult,
  searchP95ByKind,
  writeJson,
} from "./report";
import { processCpuMs } from "./rss";
import { cleanupRegistry, runEnvironment } from "./run-kit";
import { formatScaleOut, runScaleOut, type ScaleOutResult } from "./scale-out";
import { type BenchContext, scenarios } from "./scenarios";
import { appStorageEnv, assertBuilt, startWebServer } from "./server";
import { signIn } from "./sign-in";
import { runTransfers, type TransferResult } from "./transfer";

const config = readBenchConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const abort = new AbortController();

const cleanups = cleanupRegistry(abort);

const log = (msg: string) => console.log(`[bench] ${msg}`);

/** Lets the requests a load left in flight finish before the next one starts. */
async function settle(databaseUrl: string, after: string): Promise<void> {
  const seconds = await waitForQuietDatabase(databaseUrl);
  if (seconds >= 0.5) log(`waited ${seconds.toFixed(1)} s after ${after} for abandoned requests`);
}

const transferBytes = config.transfer.mebibytes * 1024 ** 2;

async function main() {
  const buildId = onlyInProcess(config) ? null : assertBuilt(config.webDir);
  const { durationSeconds, warmupSeconds, connections } = config;
  log(
    `${connections} connections × ${durationSeconds} s per scenario (warm-up ${warmupSeconds} s)`,
  );
  const [load1] = os.loadavg();
  if (load1 !== undefined && load1 > os.cpus().length)
    log(
      `warning: load average ${load1.toFixed(1)} on ${os.cpus().length} CPUs; numbers will be noisy`,
    );

  const db = await createBenchDatabase(config.adminUrl, stamp);
  const environment = () =>
    runEnvironment({
      repoRoot: config.repoRoot,
      databaseUrl: db.url,
      loadAverageAtStart: load1 ?? null,
      nextBuildId: buildId,
    });
  cleanups.push({
    label: "drop database",
    fn: async () => {
      if (config.keepDatabase) return log(`kept database ${db.name} (BENCH_KEEP_DB=1)`);
      await dropBenchDatabase(config.adminUrl, db.name);
      log(`dropped database ${db.name}`);
    },
  });
  log(`created and migrated database ${db.name}`);

  const scratch = fs.mkdtempSync(path.join(config.tmpRoot, "consortia-bench-"));
  cleanups.push({
    label: "remove scratch folder",
    fn: () => fs.promises.rm(scratch, { recursive: true, force: true }),
  });

  if (onlyOwnParts(config)) {
    const own = await runOwnParts(config, db.url, scratch, log);
    const goals = benchGoals(own);
    console.log(`${formatGoals(goals)}\n`);
    const file = writeJson(config.resultsDir, stamp, {
      startedAt: stamp,
      environment: await environment(),
      ...ownPartsJson(own),
      goals,
    });
    log(`results written to ${file}`);
    return;
  }
  const dataset = await generateDataset(db.url, config.dataset);
  const rowSummary = Object.entries(dataset.rows)
    .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
    .join(", ");
  log(
    `generated dataset in ${dataset.seconds.toFixed(1)} s ` +
      `(documents ${dataset.documentSeconds.toFixed(1)} s): ${rowSummary}`,
  );
  log(
    `bench project: ${dataset.projectPartners} partners, ${dataset.projectActiveMembers} active members`,
  );

  // Shared by every app process of the run (the scale-out part starts a second one).
  const secret = randomBytes(32).toString("base64url");
  const startServer = (cpuProfileDir?: string | null) =>
    startWebServer({
      webDir: config.webDir,
      databaseUrl: db.url,
      secret,
      logLevel: config.serverLogLevel,
      env: appStorageEnv(scratch, transferBytes),
      cpuProfileDir: cpuProfileDir ?? null,
    });
  const server = await startServer(config.cpuProfileDir);
  cleanups.push({
    label: "stop server",
    fn: () =>
      server
        .stop()
        .then(() =>
          log(
            config.cpuProfileDir
              ? `server stopped; CPU profile in ${config.cpuProfileDir}`
              : "server stopped",
          ),
        ),
  });
  log(`next start (build ${buildId}) ready at ${server.baseUrl}`);

  const cookie = await signIn(server.baseUrl, dataset.user.email, dataset.user.password);
  const ctx: BenchContext = {
    baseUrl: server.baseUrl,
    cookie,
    databaseUrl: db.url,
    projectId: dataset.projectId,
    userId: dataset.user.id,
    sessionId: await latestSessionId(db.url, dataset.user.id),
  };
  log("signed in through /api/auth/callback/credentials");

  const results: ScenarioResult[] = [];
  const selected = scenarios.filter((s) => s.parts.some((p) => runsPart(config, p)));
  for (const scenario of selected) {
    const load = await scenario.prepare(ctx);
    if (warmupSeconds > 0) {
      await load({ connections, seconds: warmupSeconds, signal: abort.signal });
      await settle(db.url, `${scenario.name} warm-up`);
    }
    const cpuBefore = processCpuMs(server.pid);
    const measurement = await load({ connections, seconds: durationSeconds, signal: abort.signal });
    await settle(db.url, scenario.name);
    const serverCpuMs = processCpuMs(server.pid) - cpuBefore;
    const serverCpuMsPerRequest = measurement.requests ? serverCpuMs / measurement.requests : 0;
    results.push({
      name: scenario.name,
      kind: scenario.kind,
      description: scenario.description,
      measurement,
      serverCpuMsPerRequest,
    });
    log(
      `${scenario.name}: ${measurement.requestsPerSecond.toFixed(1)} req/s, ` +
        `p50 ${measurement.latencyMs.p50.toFixed(2)} ms, server CPU ${serverCpuMsPerRequest.toFixed(2)} ms/req`,
    );
  }

  let transfers: TransferResult[] = [];
  let transferError: unknown;
  if (config.transfer.mebibytes > 0 && runsPart(config, "transfer"))
    // A refused or broken transfer fails the run, after the other results are written.
    transfers = await runTransfers({
      baseUrl: server.baseUrl,
      cookie,
      projectId: dataset.projectId,
      appPid: server.pid,
      dir: scratch,
      ...config.transfer,
      log,
    }).catch((err: unknown) => {
      transferError = err;
      return [];
    });

  let scaleOut: ScaleOutResult | null = null;
  if (runsPart(config, "scale-out")) {
    scaleOut = await runScaleOut({
      first: server,
      startAnother: async () => {
        const second = await startServer();
        cleanups.push({ label: "stop second server", fn: () => second.stop() });
        return second;
      },
      cookie,
      projectId: dataset.projectId,
      connections,
      warmupSeconds,
      durationSeconds,
      signal: abort.signal,
      settle: (after) => settle(db.url, after),
      log,
    });
  }

  const own = await runOwnParts(config, db.url, scratch, log);
  const ratios = computeRatios(selected, results);
  console.log(`\n${formatResults(results, ratios)}\n`);
  if (transfers.length) console.log(`${formatTransfers(transfers)}\n`);
  if (scaleOut) console.log(`${formatScaleOut(scaleOut)}\n`);
  const goals = benchGoals({ results, transfers, scaleOut, ...own });
  console.log(`${formatGoals(goals)}\n`);
  log(
    `load average at the end: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  const failed = [
    ...results,
    ...(scaleOut?.rows ?? []).map((r) => ({ ...r, name: `scale-out ${r.setup}` })),
  ].filter((r) => r.measurement.errors + r.measurement.non2xx + r.measurement.mismatches > 0);
  // A file held in memory instead of streamed shows as growth close to the file's size; the
  // floor's growth (garbage from the chunks passing through, until V8 collects it) is normal.
  const notStreamed = transfers.filter(
    (t) => t.appRssGrowthMiB > t.floorRssGrowthMiB + t.mebibytes / 2,
  );
  const corrupted = transfers.filter((t) => !t.sha256Match);

  const file = writeJson(config.resultsDir, stamp, {
    startedAt: stamp,
    environment: await environment(),
    load: { connections, durationSeconds, warmupSeconds, tool: "autocannon 8 / pg loop" },
    transferSize: config.transfer,
    dataset: {
      size: config.dataset,
      rows: dataset.rows,
      generationSeconds: dataset.seconds,
      documentGenerationSeconds: dataset.documentSeconds,
      benchProject: {
        partners: dataset.projectPartners,
        activeMembers: dataset.projectActiveMembers,
      },
    },
    scenarios: results,
    // p95 of documents.search and of its SQL floor, for the broad query and the specific ones.
    searchP95ByKind: searchP95ByKind(results),
    ratios,
    transfers,
    transferError: transferError ? String(transferError) : null,
    scaleOut,
    ...ownPartsJson(own),
    goals,
  });
  log(`results written to ${file}`);
  if (failed.length) {
    console.error(`last server output:\n${server.tail()}`);
    throw new Error(`failed requests in: ${failed.map((r) => r.name).join(", ")}`);
  }
  if (transferError) {
    console.error(`last server output:\n${server.tail()}`);
    throw transferError;
  }
  if (corrupted.length)
    throw new Error(
      `downloads differ from the uploaded file: ${corrupted.map((t) => t.direction)}`,
    );
  if (notStreamed.length)
    throw new Error(
      `the app's memory grew by over half the file more than the floor's in: ${notStreamed.map((t) => t.direction)}`,
    );
}

main()
  .then(() => cleanups.run())
  .catch(async (err: unknown) => {
    console.error(`[bench] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    await cleanups.run();
    process.exitCode = 1;
  });
