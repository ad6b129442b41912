import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * Reading a spreadsheet someone filled in (an import): the rows of one sheet as text cells,
 * whatever the cell held (a number, a formula's value, rich text, a date as YYYY-MM-DD), so
 * the importer validates one kind of value. Empty cells are "". Rows keep their position
 * (row 1 of the file is index 0), so errors can name the row and column the person sees.
 */
export type SheetRows = string[][];

/** The text of an XLSX cell's value. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
    return "";
  }
  return String(v);
}

/** The rows of the sheet named `sheetName` (else the first sheet) of an XLSX workbook. */
export async function readXlsxRows(bytes: Uint8Array, sheetName?: string): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet =
    (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRows = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value).trim();
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * The rows of a CSV file (UTF-8, a byte-order mark allowed; comma or semicolon separated, as
 * spreadsheet programs save it in different locales).
 */
export function readCsvRows(bytes: Uint8Array): SheetRows {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as string[][];
  return rows.map((r) => r.map((c) => c.trim()));
}
