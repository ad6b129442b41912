import { handleExpenditureExport } from "@consortia/api";
import { apiCaller, milliseconds, type ProcedureTiming, showProcedure } from "./api-caller";
import { generateFinanceDataset } from "./finance-dataset";
import { xlsxFloor } from "./finance-xlsx-floor";
import { rowSummary, withInProcessApp } from "./in-process";
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
export type FinanceBenchResult = {
  dataset: { rows: Record<string, number>; generationSeconds: number };
  desk: ProcedureTiming;
  report: ProcedureTiming;
  xlsx: { appSeconds: number; floorSeconds: number; rows: number; bytes: number };
};

export async function runFinanceBench(o: {
  databaseUrl: string;
  dataDir: string;
  log: (msg: string) => void;
}): Promise<FinanceBenchResult> {
  const d = await generateFinanceDataset(o.databaseUrl);
  o.log(`finance dataset in ${d.seconds.toFixed(1)} s: ${rowSummary(d.rows)}`);
  return withInProcessApp(o, async (inProcess) => {
    const { pool } = inProcess;
    const api = apiCaller(inProcess);
    const leadSession = await api.session(d.userId);
    const editorSession = await api.session(d.editorId);
    const desk = await api.measured(leadSession, "moneyDesk.overview", { projectId: d.projectId });
    const report = await api.measured(leadSession, "financialReports.get", {
      projectId: d.projectId,
      partnerId: d.partnerId,
      periodNumber: d.periodNumber,
    });
    const url = `http://bench/api/projects/${d.projectId}/finance/expenditure/export?partnerId=${d.partnerId}&period=${d.periodNumber}&format=xlsx`;
    const app = async () => {
      const res = await handleExpenditureExport(
        await api.context(editorSession),
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

const seconds = async (fn: () => Promise<unknown>) => (await milliseconds(fn)) / 1000;

export function formatFinance(r: FinanceBenchResult): string {
  return [
    "Finance: 10 partners, 8 periods, 50,000 items",
    `moneyDesk.overview        ${showProcedure(r.desk)}`,
    `financialReports.get      ${showProcedure(r.report)}`,
    `expenditure XLSX (10,000) app ${r.xlsx.appSeconds.toFixed(2)} s vs bare exceljs ${r.xlsx.floorSeconds.toFixed(2)} s (${(r.xlsx.bytes / 1024 ** 2).toFixed(1)} MiB)`,
  ].join("\n");
}
