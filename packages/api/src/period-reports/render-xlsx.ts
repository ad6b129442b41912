import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { COST_FORMAT, DATE_FORMAT } from "../policy-export/render-xlsx";
import { neutralise } from "../shared/neutralise";
import type { PeriodReportModel } from "./model";
import { assertOpen, closedEarly, type Progress } from "./streams";
import { type Cell, type ColumnKind, type Materialised, materialise, totalRows } from "./tables";

/**
 * The report as a workbook, one sheet per table of ./tables, written with exceljs's
 * streaming writer so rows leave as they are made: a bold, shaded, frozen header row, a
 * filter over the table, column widths, numbers as numbers (EUR with 2 decimals, percent
 * with 1) and dates as date cells (days; instants in UTC with the time).
 *
 * Text cells are shared strings, which no spreadsheet evaluates; they are still neutralised
 * like the CSV (a leading apostrophe before = + - @ tab CR) so that a sheet saved as CSV, or a
 * cell edited and confirmed, cannot turn user text into a formula. Numbers are never touched.
 */
export const INSTANT_FORMAT = "yyyy-mm-dd hh:mm";
const PERCENT_FORMAT = '0.0"%"';
const HEAD_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E2F0" },
};
const WRAP_FROM_WIDTH = 40;
const YIELD_EVERY = 500;

function numFmt(kind: ColumnKind, value: Cell, eur: boolean): string | undefined {
  if (value instanceof Date) {
    if (kind === "day") return DATE_FORMAT;
    if (kind === "instant") return INSTANT_FORMAT;
    // A mixed column (the summary's values): a day is midnight UTC.
    return value.getTime() % 86_400_000 === 0 ? DATE_FORMAT : INSTANT_FORMAT;
  }
  if (typeof value !== "number") return undefined;
  if (eur || kind === "eur") return COST_FORMAT;
  if (kind === "percent") return PERCENT_FORMAT;
  if (kind === "int") return "0";
  return undefined;
}

/** Column letters of a 1-based index (1 → A, 27 → AA), for the filter's range. */
const letters = (n: number): string =>
  n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

async function writeSheet(
  out: Writable,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: Materialised,
  tick: () => number,
) {
  const sheet = workbook.addWorksheet(table.title.slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "top", wrapText: true };
  head.eachCell((c) => {
    c.fill = HEAD_FILL;
  });
  head.commit();
  sheet.autoFilter = `A1:${letters(table.columns.length)}${Math.max(2, table.rows.length + 1)}`;
  for (const r of table.rows) {
    const row = sheet.addRow(r.cells.map((v) => (typeof v === "string" ? neutralise(v) : v)));
    r.cells.forEach((v, i) => {
      const column = table.columns[i];
      if (!column) return;
      const cell = row.getCell(i + 1);
      const fmt = numFmt(column.kind, v, r.eur[i] ?? false);
      if (fmt) cell.numFmt = fmt;
      if (column.width >= WRAP_FROM_WIDTH) cell.alignment = { vertical: "top", wrapText: true };
    });
    row.commit();
    // The writer has no backpressure: yield now and then so the zip drains what is written.
    if (tick() % YIELD_EVERY === 0) {
      await new Promise((r) => setImmediate(r));
      assertOpen(out);
    }
  }
  sheet.commit();
}

/**
 * Streams the workbook into `out` and resolves once it is complete. `onProgress` hears of
 * every row written (over every sheet), for a progress indicator or a log.
 */
export async function renderXlsx(
  m: PeriodReportModel,
  out: Writable,
  opts: { onProgress?: Progress } = {},
) {
  const tables = materialise(m);
  const total = totalRows(tables);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = "Consortia";
  workbook.created = new Date(m.generatedAt);
  workbook.title = neutralise(`${m.project.acronym} progress report, period ${m.period.number}`);
  let done = 0;
  const tick = () => {
    opts.onProgress?.(++done, total);
    return done;
  };
  for (const table of tables) await writeSheet(out, workbook, table, tick);
  // The writer waits for the stream's `finish`, which a closed download never sends.
  await Promise.race([workbook.commit(), closedEarly(out)]);
}
