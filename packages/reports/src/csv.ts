import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { neutralise } from "./neutralise";
import { collect, write } from "./streams";
import type { Cell, ColumnKind, Table } from "./table";

/**
 * A table as CSV (RFC 4180: comma separated, CRLF rows, quoted where needed), UTF-8 with a
 * byte-order mark unless told otherwise (so Excel reads ł, ř and Ω right), a header row
 * first. Text is neutralised here for every caller (a leading apostrophe before = + - @ tab
 * CR); numbers are plain (EUR amounts with 2 decimals), days are YYYY-MM-DD and instants
 * ISO 8601 in UTC, empty cells are empty.
 */
export function csvCell(value: Cell, kind: ColumnKind, eur: boolean): string {
  if (value === null) return "";
  if (value instanceof Date)
    return kind === "day" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === "number") return eur || kind === "eur" ? value.toFixed(2) : String(value);
  return neutralise(value);
}

export type CsvOptions = { bom?: boolean };

/** Streams `table` into `out`; resolves when `out` has everything (and is ended). */
export async function writeCsv(out: Writable, table: Table, opts: CsvOptions = {}) {
  const csv = stringify({
    bom: opts.bom ?? true,
    header: false,
    record_delimiter: "\r\n",
    // csv-stringify quotes a field holding its record delimiter (CRLF) but not a lone CR or
    // LF, which RFC 4180 readers would take for the end of the row.
    quoted_match: /[\r\n]/,
  });
  const done = pipeline(csv, out);
  const feed = async () => {
    await write(
      csv,
      table.columns.map((c) => neutralise(c.header)),
    );
    for (const row of table.rows)
      await write(
        csv,
        row.cells.map((v, i) =>
          csvCell(v, row.kinds[i] ?? table.columns[i]?.kind ?? "text", row.eur[i] ?? false),
        ),
      );
    csv.end();
  };
  await Promise.all([feed(), done]);
}

/** The whole file as bytes, for tables small enough to send in one piece. */
export const csvBuffer = (table: Table, opts: CsvOptions = {}) =>
  collect((out) => writeCsv(out, table, opts));
