import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * Reading a table someone filled in elsewhere (an import): rows of text cells, the header row
 * included, whatever the source (pasted text, CSV, XLSX). Cells are trimmed; numbers and dates
 * come back as the text a person reads in the cell ("1234.5", "2026-03-31"), so importers
 * parse every source with the same rules. Rows keep their position (row 1 of the file is
 * index 0), so errors name the row and column the person sees; empty trailing rows are
 * dropped.
 */
export type SheetRows = string[][];

/**
 * Delimited text: tab, semicolon or comma, whichever the first lines use most (spreadsheet
 * programs save CSV with either separator depending on the locale; a paste is tab-separated;
 * a file may open with a title line). A byte-order mark is ignored.
 */
export function readDelimited(text: string): SheetRows {
  const body = text.replace(/^\uFEFF/, "");
  const head = body.split(/\r?\n/, 10);
  const most = (d: string) => Math.max(0, ...head.map((line) => line.split(d).length - 1));
  const counts = ["\t", ";", ","].map((d) => [d, most(d)] as const);
  const [delimiter] = counts.reduce((best, c) => (c[1] > best[1] ? c : best));
  const rows: string[][] = parse(body, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  });
  return dropEmptyTail(rows);
}

/** The rows of a CSV file (UTF-8). */
export function readCsvRows(bytes: Uint8Array): SheetRows {
  return readDelimited(new TextDecoder("utf-8").decode(bytes));
}

/** The rows of the sheet named `sheetName` (else the first sheet) of an XLSX workbook. */
export async function readXlsxRows(bytes: Uint8Array, sheetName?: string): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet =
    (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRows = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  return dropEmptyTail(Array.from(rows, (r) => r ?? []));
}

/** The text of an XLSX cell's value (a formula's result, rich text, a date as YYYY-MM-DD). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ("richText" in value)
      return value.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("text" in value) return String(value.text).trim();
    if ("error" in value) return String(value.error);
    return "";
  }
  return String(value).trim();
}

function dropEmptyTail(rows: SheetRows): SheetRows {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c === "")) end--;
  return rows.slice(0, end);
}
