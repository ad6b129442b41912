import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { neutralise } from "./neutralise";
import { assertOpen, closedEarly, collect, type Progress } from "./streams";
import {
  type Cell,
  type CellStyle,
  type ColumnKind,
  type Table,
  type TableColumn,
  totalRows,
} from "./table";

/**
 * Workbooks written with exceljs's streaming writer, so rows leave as they are made: a sheet
 * per table with a bold, shaded, frozen header row, a filter over the table, column widths,
 * numbers as numbers (EUR with 2 decimals, percent with 1) and dates as date cells (days;
 * instants in UTC with the time).
 *
 * Every text cell is neutralised here, whoever calls: shared strings are never evaluated,
 * but a sheet saved as CSV, or a cell edited and confirmed, would turn "=…" into a formula.
 * Numbers are never touched. The only formulas are the `Formula` cells a caller writes
 * below a table on purpose (a total).
 */
export const DATE_FORMAT = "yyyy-mm-dd";
export const INSTANT_FORMAT = "yyyy-mm-dd hh:mm";
export const EUR_FORMAT = "#,##0.00";
const PERCENT_FORMAT = '0.0"%"';
const fill = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
});
const HEAD_FILL = fill("FFD9E2F0");
const SHADE_FILL = fill("FFE8F0F9");
const WRAP_FROM_WIDTH = 40;
const YIELD_EVERY = 500;

/** A formula the export itself writes (never user text), with its value for readers. */
export type Formula = { formula: string; result: number };

/** A row below a table, after one empty row and outside its filter: a total, a note. */
export type ExtraRow = {
  cells: (Cell | Formula)[];
  styles?: (CellStyle | undefined)[];
  bold?: boolean;
};

export type Sheet = Table & {
  /** A filter over the header and the rows; on unless false. */
  filter?: boolean;
  after?: ExtraRow[];
};

export type WorkbookInfo = {
  created: Date;
  title?: string;
  /** Hears of every data row written (over every sheet), for progress or a log. */
  onProgress?: Progress;
};

function numFmt(kind: ColumnKind, value: Cell | Formula, eur: boolean): string | undefined {
  // A date cell shows a day, or an instant with its time (a Date in any other column).
  if (value instanceof Date) return kind === "day" ? DATE_FORMAT : INSTANT_FORMAT;
  if (typeof value !== "number" && !(value && typeof value === "object")) return undefined;
  if (eur || kind === "eur") return EUR_FORMAT;
  if (kind === "percent") return PERCENT_FORMAT;
  if (kind === "int") return "0";
  return undefined;
}

/** Column letters of a 1-based index (1 → A, 27 → AA), for the filter's range. */
const letters = (n: number): string =>
  n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

const cellValue = (v: Cell | Formula): ExcelJS.CellValue =>
  typeof v === "string" ? neutralise(v) : v;

/**
 * One style object per distinct look in a sheet (column, number format, emphasis), given to
 * every cell that looks so: exceljs recognises a style object it has seen (a WeakMap) instead
 * of rendering each cell's font, alignment and fill to XML to find its style id.
 */
function styleCache(columns: TableColumn[]) {
  // Per column, by number format ("" for none); emphasised cells by a longer key.
  const cache = columns.map(() => new Map<string, Partial<ExcelJS.Style>>());
  return (i: number, fmt: string | undefined, style: CellStyle | undefined) => {
    const column = columns[i];
    const byFmt = cache[i];
    if (!column || !byFmt) return {};
    const key =
      style?.bold || style?.shaded
        ? `${fmt ?? ""}|${style.bold ? 1 : 0}|${style.shaded ? 1 : 0}`
        : (fmt ?? "");
    let shared = byFmt.get(key);
    if (!shared) {
      shared = {};
      if (fmt) shared.numFmt = fmt;
      if (column.wrap ?? column.width >= WRAP_FROM_WIDTH)
        shared.alignment = { vertical: "top", wrapText: true };
      if (style?.bold) shared.font = { bold: true };
      if (style?.shaded) shared.fill = SHADE_FILL;
      byFmt.set(key, shared);
    }
    return shared;
  };
}
type Styles = ReturnType<typeof styleCache>;

function fillRow(
  row: ExcelJS.Row,
  styleOf: Styles,
  cells: (Cell | Formula)[],
  kinds: ColumnKind[],
  eur: boolean[],
  columns: TableColumn[],
  styles: (CellStyle | undefined)[] = [],
) {
  cells.forEach((v, i) => {
    const column = columns[i];
    if (!column) return;
    const cell = row.getCell(i + 1);
    cell.value = cellValue(v);
    cell.style = styleOf(i, numFmt(kinds[i] ?? column.kind, v, eur[i] ?? false), styles[i]);
  });
}

async function writeSheet(
  out: Writable,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: Sheet,
  tick: () => number,
) {
  const ws = workbook.addWorksheet(sheet.title.slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  ws.columns = sheet.columns.map((c) => ({ header: neutralise(c.header), width: c.width }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "top", wrapText: true };
  head.eachCell((c) => {
    c.fill = HEAD_FILL;
  });
  head.commit();
  const styleOf = styleCache(sheet.columns);
  if (sheet.filter !== false)
    ws.autoFilter = `A1:${letters(sheet.columns.length)}${Math.max(2, sheet.rows.length + 1)}`;
  for (const [i, r] of sheet.rows.entries()) {
    const row = ws.getRow(i + 2);
    fillRow(row, styleOf, r.cells, r.kinds, r.eur, sheet.columns, r.styles);
    row.commit();
    // The writer has no backpressure: yield now and then so the reader drains what is written.
    if (tick() % YIELD_EVERY === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      assertOpen(out);
    }
  }
  for (const [i, extra] of (sheet.after ?? []).entries()) {
    const row = ws.getRow(sheet.rows.length + 3 + i);
    // Styles of their own: `row.font` below changes each cell's style in place.
    const own: Styles = (c, fmt, style) => ({ ...styleOf(c, fmt, style) });
    fillRow(row, own, extra.cells, [], [], sheet.columns, extra.styles);
    if (extra.bold) row.font = { bold: true };
    row.commit();
  }
  ws.commit();
}

/**
 * Streams the workbook into `out` and resolves once it is complete. `sheets` may be made one
 * at a time (a generator), so that only the sheet being written is held: give their rows in
 * all as `rows` then, for the progress.
 */
export async function writeXlsx(
  out: Writable,
  sheets: readonly Sheet[] | Iterable<Sheet>,
  info: WorkbookInfo & { rows?: number },
) {
  const total = info.rows ?? (Array.isArray(sheets) ? totalRows(sheets as readonly Sheet[]) : 0);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = "Consortia";
  workbook.created = info.created;
  if (info.title) workbook.title = neutralise(info.title);
  let done = 0;
  const tick = () => {
    info.onProgress?.(++done, total);
    return done;
  };
  for (const sheet of sheets) await writeSheet(out, workbook, sheet, tick);
  // The writer waits for the stream's `finish`, which a closed download never sends.
  await Promise.race([workbook.commit(), closedEarly(out)]);
}

/** The whole workbook as bytes, for files small enough to send in one piece. */
export const xlsxBuffer = (sheets: readonly Sheet[], info: WorkbookInfo) =>
  collect((out) => writeXlsx(out, sheets, info));
