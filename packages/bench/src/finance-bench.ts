import { appRouter, createCaller, createContext, handleExpenditureExport } from "@consortia/api";
import { createSession } from "@consortia/auth";
import { generateFinanceDataset } from "./finance-dataset";
import { xlsxFloor } from "./finance-xlsx-floor";
import { rowSummary, withInProcessApp } from "./in-process";
import { recordStatements, replay, statementCount } from "./recorded-sql";
import { median } from "./stats";

/**
 * The `finance` part (issue 18, "Quality"), in this process like the export part: on a
 * partnership of 10 partners, 8 periods and 50,000 items,
 * - `moneyDesk.overview` and `financialReports.get` (the 10,000-item report) through the API's
 *   own caller (session, access, services), each against the very statements it sent
 *   (recorded at the pg client) sent again directly with pg, with the same concurrency;
 * - the list-of-expenditure XLSX of those 10,000 items through its route handler (access,
 *   visibility, table, neutralisation, audit) against the same rows read with one SQL query
 *   and written as the same cells with exceljs's bare streaming WorkbookWriter
 *   (finance-xlsx-floor.ts).
 */
export type Timing = { p50Ms: number; runs: number };
/** A procedure and its floor: the same statements it sent, straight through pg. */
export type ProcedureTiming = {
  app: Timing | null;
  floor: Timing | null;
  statements: number;
  skipped?: string;
};
export type FinanceBenchResult = {
  dataset: { rows: Record<string, number>; generationSeconds: number };
  desk: ProcedureTiming;
  report: ProcedureTiming;
  xlsx: { appSeconds: number; floorSeconds: number; rows: number; bytes: number };
};

const RUNS = 25;

async function timed(fn: () => Promise<unknown>, runs = RUNS): Promise<Timing> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return { p50Ms: median(ms), runs };
}

const hasProcedure = (path: string) =>
  path in (appRouter._def.procedures as Record<string, unknown>);

export async function runFinanceBench(o: {
  databaseUrl: string;
  dataDir: string;
  log: (msg: string) => void;
}): Promise<FinanceBenchResult> {
  const d = await generateFinanceDataset(o.databaseUrl);
  o.log(`finance dataset in ${d.seconds.toFixed(1)} s: ${rowSummary(d.rows)}`);
  return withInProcessApp(o, async ({ deps, pool }) => {
    const leadSession = await createSession(deps.db, d.userId, "bench");
    const editorSession = await createSession(deps.db, d.editorId, "bench");
    const ctx = (sessionId = leadSession) =>
      createContext(deps, {
        sessionId,
        requestId: crypto.randomUUID(),
        clientAddress: "127.0.0.1",
      });
    type Proc = (input: unknown) => Promise<unknown>;
    const call = async (router: string, name: string, input: unknown) => {
      const caller = createCaller(await ctx()) as unknown as Record<string, Record<string, Proc>>;
      const proc = caller[router]?.[name];
      if (!proc) throw new Error(`${router}.${name} is not on this build`);
      return proc(input);
    };
    // The floor of a procedure: the statements one call sent (session and access included),
    // recorded at the pg client and replayed straight through pg with the same concurrency.
    const measured = async (path: string, input: unknown) => {
      if (!hasProcedure(path))
        return { app: null, skipped: `${path} is not on this build`, floor: null, statements: 0 };
      const [router = "", name = ""] = path.split(".");
      const run = () => call(router, name, input);
      await run();
      const waves = await recordStatements(run);
      return {
        app: await timed(run),
        floor: await timed(() => replay(pool, waves)),
        statements: statementCount(waves),
      };
    };
    const desk = await measured("moneyDesk.overview", { projectId: d.projectId });
    const report = await measured("financialReports.get", {
      projectId: d.projectId,
      partnerId: d.partnerId,
      periodNumber: d.periodNumber,
    });
    const url = `http://bench/api/projects/${d.projectId}/finance/expenditure/export?partnerId=${d.partnerId}&period=${d.periodNumber}&format=xlsx`;
    const app = async () => {
      const res = await handleExpenditureExport(
        await ctx(editorSession),
        d.projectId,
        new Request(url),
      );
      if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}`);
      let bytes = 0;
      const reader = res.body.getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
      return bytes;
    };
    const bytes = await app();
    const appRuns: number[] = [];
    const floorRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const pair = [
        async () => appRuns.push(await seconds(app)),
        async () => floorRuns.push(await seconds(() => xlsxFloor(pool, d))),
      ];
      if (i % 2) pair.reverse();
      for (const step of pair) await step();
    }
    return {
      dataset: { rows: d.rows, generationSeconds: d.seconds },
      desk,
      report,
      xlsx: {
        appSeconds: median(appRuns),
        floorSeconds: median(floorRuns),
        rows: 10_000,
        bytes,
      },
    };
  });
}

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

export function formatFinance(r: FinanceBenchResult): string {
  const t = (x: Timing | null, skipped?: string) =>
    x ? `${x.p50Ms.toFixed(1)} ms p50 (${x.runs} runs)` : `skipped: ${skipped ?? "n/a"}`;
  const same = (p: ProcedureTiming) => `same ${p.statements} statements ${t(p.floor)}`;
  return [
    "Finance: 10 partners, 8 periods, 50,000 items",
    `moneyDesk.overview        ${t(r.desk.app, r.desk.skipped)}; ${same(r.desk)}`,
    `financialReports.get      ${t(r.report.app, r.report.skipped)}; ${same(r.report)}`,
    `expenditure XLSX (10,000) app ${r.xlsx.appSeconds.toFixed(2)} s vs bare exceljs ${r.xlsx.floorSeconds.toFixed(2)} s (${(r.xlsx.bytes / 1024 ** 2).toFixed(1)} MiB)`,
  ].join("\n");
}
