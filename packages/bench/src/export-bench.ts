import { Writable } from "node:stream";
import { createContext, type getServerState, handlePeriodReportExport } from "@consortia/api";
import { createSession } from "@consortia/auth";
import ExcelJS from "exceljs";
import type pg from "pg";
import { generateExportDataset } from "./export-dataset";
import { assertSameCells, readFloorSheets, writeFloorSheets } from "./export-floor";
import { countingSink, rowSummary, withInProcessApp } from "./in-process";
import { sampleRss } from "./rss";
import { median } from "./stats";

/**
 * The `export` part: one period of a large partnership exported as XLSX through the app's
 * own code path (the route handler `handlePeriodReportExport`: access check, compose from
 * the database, visibility filter, tables, neutralisation, styles, streaming, audit),
 * against the fair floor (./export-floor: the same cells read with hand-written SQL and
 * written with exceljs's bare streaming WorkbookWriter) and, for information, the in-memory
 * floor — the app's cells, already in memory, written the same bare way. All run in this
 * process and write into a byte-counting sink; time is wall-clock, memory the V8 heap's and
 * the process's peak over their size at the start.
 */
export type ExportMeasurement = {
  seconds: number;
  /** Resident size: the process's peak, and its growth over the size at the start. */
  peakMiB: number;
  growthMiB: number;
  /** V8 heap in use (plus buffers): peak over the start, sampled every 5 ms. */
  heapGrowthMiB: number;
  bytes: number;
};
export type ExportBenchResult = {
  dataset: { rows: Record<string, number>; generationSeconds: number; periodNumber: number };
  exportRows: number;
  sheets: number;
  runs: number;
  app: ExportMeasurement;
  /** The same period as JSON through the same route: mostly compose, for the split. */
  appJson: ExportMeasurement;
  /** Hand-written SQL and the bare exceljs writer: the goals' floor. */
  fairFloor: ExportMeasurement;
  /** The app's cells already in memory, bare exceljs writer: no export can do this. */
  floor: ExportMeasurement;
  /** app / fair floor (the goals). */
  ratios: { time: number; heapGrowth: number };
  /** app / in-memory floor (information). */
  memoryFloorRatios: { time: number; heapGrowth: number };
};

type Row = ExcelJS.CellValue[];
type Sheet = { name: string; rows: Row[] };

const heapNow = () => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 ** 2;
};

async function measure(fn: () => Promise<number>): Promise<ExportMeasurement> {
  (globalThis as { gc?: () => void }).gc?.();
  const rss = sampleRss(process.pid, 5);
  const heapStart = heapNow();
  let heapPeak = heapStart;
  const timer = setInterval(() => {
    heapPeak = Math.max(heapPeak, heapNow());
  }, 5);
  const started = performance.now();
  const bytes = await fn();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const r = rss.stop();
  const heapGrowthMiB = Math.max(heapPeak, heapNow()) - heapStart;
  return { seconds, peakMiB: r.peakMiB, growthMiB: r.growthMiB, heapGrowthMiB, bytes };
}

/** The floor: every sheet's rows written as they are, no styles, no checks. */
async function writeFloor(sheets: Sheet[]): Promise<number> {
  const { sink, bytes } = countingSink();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name);
    for (let i = 0; i < s.rows.length; i++) {
      sheet.addRow(s.rows[i] ?? []).commit();
      // The same yield as the app's writer, so both stream instead of buffering.
      if (i % 500 === 499) await new Promise((r) => setImmediate(r));
    }
    sheet.commit();
  }
  await workbook.commit();
  return bytes();
}

/** Reads an XLSX back into plain rows (the floor's input: the very cells the app wrote). */
async function readSheets(bytes: Buffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: Row[] = [];
    ws.eachRow((row) => rows.push((row.values as Row).slice(1)));
    return { name: ws.name, rows };
  });
}

export async function runExportBench(o: {
  databaseUrl: string;
  dataDir: string;
  scale: number;
  runs: number;
  log: (msg: string) => void;
}): Promise<ExportBenchResult> {
  const dataset = await generateExportDataset(o.databaseUrl, o.scale);
  o.log(`export dataset in ${dataset.seconds.toFixed(1)} s: ${rowSummary(dataset.rows)}`);
  return withInProcessApp(o, ({ deps, pool }) => measureAll(o, dataset, deps, pool));
}

async function measureAll(
  o: { runs: number; log: (msg: string) => void },
  dataset: Awaited<ReturnType<typeof generateExportDataset>>,
  deps: Awaited<ReturnType<typeof getServerState>>["deps"],
  pool: pg.Pool,
): Promise<ExportBenchResult> {
  const sessionId = await createSession(deps.db, dataset.userId, "bench");
  const base = `http://bench/api/projects/${dataset.projectId}/reports/${dataset.periodNumber}/export`;
  let exportRows = 0;
  const app = async (format: "xlsx" | "json", keep?: (b: Buffer) => void) => {
    const ctx = await createContext(deps, {
      sessionId,
      requestId: crypto.randomUUID(),
      clientAddress: "127.0.0.1",
    });
    const res = await handlePeriodReportExport(
      ctx,
      dataset.projectId,
      String(dataset.periodNumber),
      new Request(`${base}?format=${format}`),
    );
    if (res.status !== 200 || !res.body)
      throw new Error(`export answered ${res.status}: ${await res.text()}`);
    if (format === "xlsx") exportRows = Number(res.headers.get("X-Export-Rows"));
    if (keep) {
      keep(Buffer.from(await res.arrayBuffer()));
      return 0;
    }
    let bytes = 0;
    const reader = res.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.length;
    return bytes;
  };
  const fairFloor = async (out: Writable) => {
    const today = new Date().toISOString().slice(0, 10);
    const sheets = await readFloorSheets(pool, dataset.projectId, dataset.periodNumber, today);
    await writeFloorSheets(sheets, out);
  };
  const fairFloorCounted = async () => {
    const { sink, bytes } = countingSink();
    await fairFloor(sink);
    return bytes();
  };

  // Warm-up (JIT, the indicator catalogue created on first read) and the floor's input.
  let sample: Buffer = Buffer.alloc(0);
  await app("xlsx", (b) => {
    sample = b;
  });
  const sheets = await readSheets(sample);
  // Checked once, like the HTTP scenarios: every row the app announces is in the workbook.
  const written = sheets.reduce((n, sheet) => n + sheet.rows.length - 1, 0);
  if (written !== exportRows || written < 1000)
    throw new Error(`the export announced ${exportRows} rows but wrote ${written}`);
  // …and the fair floor writes the very same cells.
  const chunks: Buffer[] = [];
  await fairFloor(
    new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  assertSameCells(sheets, await readSheets(Buffer.concat(chunks)));
  o.log(
    `export: ${exportRows.toLocaleString("en")} rows in ${sheets.length} sheets; the fair floor writes the same cells`,
  );

  const appRuns: ExportMeasurement[] = [];
  const fairRuns: ExportMeasurement[] = [];
  const floorRuns: ExportMeasurement[] = [];
  const jsonRuns: ExportMeasurement[] = [];
  for (let i = 0; i < o.runs; i++) {
    // Alternate which goes first, so neither always inherits the other's garbage.
    const pair = [
      async () => appRuns.push(await measure(() => app("xlsx"))),
      async () => fairRuns.push(await measure(fairFloorCounted)),
    ];
    if (i % 2) pair.reverse();
    for (const step of pair) await step();
    floorRuns.push(await measure(() => writeFloor(sheets)));
    jsonRuns.push(await measure(() => app("json")));
  }
  const pick = (runs: ExportMeasurement[]): ExportMeasurement => ({
    seconds: median(runs.map((r) => r.seconds)),
    peakMiB: median(runs.map((r) => r.peakMiB)),
    growthMiB: median(runs.map((r) => r.growthMiB)),
    heapGrowthMiB: median(runs.map((r) => r.heapGrowthMiB)),
    bytes: median(runs.map((r) => r.bytes)),
  });
  const appResult = pick(appRuns);
  const fairResult = pick(fairRuns);
  const floorResult = pick(floorRuns);
  const ratios = (floor: ExportMeasurement) => ({
    time: appResult.seconds / floor.seconds,
    heapGrowth: appResult.heapGrowthMiB / Math.max(floor.heapGrowthMiB, 1),
  });
  return {
    dataset: {
      rows: dataset.rows,
      generationSeconds: dataset.seconds,
      periodNumber: dataset.periodNumber,
    },
    exportRows,
    sheets: sheets.length,
    runs: o.runs,
    app: appResult,
    appJson: pick(jsonRuns),
    fairFloor: fairResult,
    floor: floorResult,
    ratios: ratios(fairResult),
    memoryFloorRatios: ratios(floorResult),
  };
}

export function formatExport(r: ExportBenchResult): string {
  const mib = (n: number, w = 6) => `${n.toFixed(0).padStart(w)} MiB`;
  const line = (name: string, m: ExportMeasurement) =>
    `${name.padEnd(28)}${m.seconds.toFixed(2).padStart(7)} s  heap +${mib(m.heapGrowthMiB)}  rss peak ${mib(m.peakMiB)} (+${mib(m.growthMiB, 4)})  file ${(m.bytes / 1024 ** 2).toFixed(1)} MiB`;
  return [
    `XLSX export of period ${r.dataset.periodNumber}: ${r.exportRows.toLocaleString("en")} rows, ${r.sheets} sheets (median of ${r.runs} runs)`,
    line("app (compose + render)", r.app),
    line("app as JSON (compose)", r.appJson),
    line("fair floor (SQL + exceljs)", r.fairFloor),
    line("in-memory floor (exceljs)", r.floor),
    `app / fair floor: time × ${r.ratios.time.toFixed(2)}, heap growth × ${r.ratios.heapGrowth.toFixed(2)}`,
    `app / in-memory floor (information): time × ${r.memoryFloorRatios.time.toFixed(2)}, heap growth × ${r.memoryFloorRatios.heapGrowth.toFixed(2)}`,
  ].join("\n");
}
