import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { neutralise } from "../shared/neutralise";
import type { PeriodReportModel } from "./model";
import { write } from "./streams";
import { type Cell, type ColumnKind, type Materialised, materialise } from "./tables";

/**
 * One table of the report as CSV: UTF-8 with a byte-order mark (so Excel reads ł, ř and Ω
 * right), a header row, comma separated, RFC 4180 quoting. Text is neutralised (a leading
 * apostrophe before = + - @ tab CR); numbers are plain (EUR amounts with 2 decimals), days
 * are YYYY-MM-DD and instants ISO 8601 in UTC, empty cells are empty.
 */
export function csvCell(value: Cell, kind: ColumnKind, eur: boolean): string {
  if (value === null) return "";
  if (value instanceof Date)
    return kind === "day" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "number") return eur || kind === "eur" ? value.toFixed(2) : String(value);
  return neutralise(value);
}

/** Streams `table` into `out`; resolves when `out` has everything (and is ended). */
export async function renderCsvTable(table: Materialised, out: Writable) {
  const csv = stringify({ bom: true, header: false, record_delimiter: "\r\n" });
  const done = pipeline(csv, out);
  const header = table.columns.map((c) => c.header);
  const feed = async () => {
    await write(csv, header);
    for (const row of table.rows)
      await write(
        csv,
        row.cells.map((v, i) => csvCell(v, table.columns[i]?.kind ?? "text", row.eur[i] ?? false)),
      );
    csv.end();
  };
  await Promise.all([feed(), done]);
}

/** The CSV of the table named `name` (one of TABLE_NAMES). */
export async function renderCsv(m: PeriodReportModel, name: string, out: Writable) {
  const [table] = materialise(m, name);
  if (!table) throw new Error(`no table ${name}`);
  await renderCsvTable(table, out);
}
