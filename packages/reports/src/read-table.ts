import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * Reading a table someone typed elsewhere (an import): rows of text cells, the header row
 * included. Cells are trimmed; empty trailing rows are dropped. Numbers and dates come back
 * as the text a person would read in the cell ("1234.5", "2026-03-31"), so the caller parses
 * every source (pasted text, CSV, XLSX) with the same rules.
 */

/**
 * Delimited text: tab, semicolon or comma, whichever the first lines use most (a file may
 * open with a title line).
 */
export function readDelimited(text: string): string[][] {
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

/** The first worksheet of an XLSX workbook. */
export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  return dropEmptyTail(Array.from(rows, (r) => r ?? []));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(value);
  if (typeof value === "object") {
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value)
      return value.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("text" in value) return String(value.text).trim();
    return "";
  }
  return String(value).trim();
}

function dropEmptyTail(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c === "")) end--;
  return rows.slice(0, end);
}
