import type { GoodPracticeStatus } from "@consortia/db";
import ExcelJS from "exceljs";
import { COUNTRIES } from "../partners/schemas";
import { neutralise } from "../shared/neutralise";
import type { ProjectCtx } from "../shared/service-context";
import { practicesQuery, programmeColumns } from "./practice-queries";
import { PROGRAMME_FIELDS, type ProgrammeFieldKey } from "./practice-schemas";

export type RegisterRow = Record<ProgrammeFieldKey, string> & {
  id: string;
  ownerPartnerName: string;
  themes: string[];
  status: GoodPracticeStatus;
  validatedOn: string | null;
};

export type RegisterWarning = {
  goodPracticeId: string;
  title: string;
  /** The row in the exported sheet (the header is row 1). */
  row: number;
  field: ProgrammeFieldKey;
  message: string;
};

/** The register as the caller may see it, ordered as it is exported. */
export async function registerRows(
  ctx: ProjectCtx,
  statuses?: readonly GoodPracticeStatus[],
): Promise<RegisterRow[]> {
  let q = practicesQuery(ctx).select([
    "good_practices.id",
    ...programmeColumns,
    "owner.short_name as ownerPartnerName",
    "good_practices.themes",
    "good_practices.status",
    "good_practices.validated_on as validatedOn",
  ]);
  if (statuses?.length) q = q.where("good_practices.status", "in", statuses);
  const rows = await q.orderBy("owner.short_name").orderBy("good_practices.title").execute();
  return rows.map((r) => ({
    ...r,
    locationCountry: r.locationCountry ? (COUNTRIES[r.locationCountry] ?? r.locationCountry) : "",
  }));
}

/** The warnings the export would carry, for the page before downloading. */
export async function exportCheck(
  ctx: ProjectCtx,
  input: { status?: readonly GoodPracticeStatus[] | undefined },
) {
  const rows = await registerRows(ctx, input.status);
  return { rows: rows.length, warnings: registerWarnings(rows) };
}

/** Characters as the programme's form counts them (a code point each). */
const length = (s: string) => [...s].length;

/** What would not fit the programme's form: text over its limits, and empty required fields. */
export function registerWarnings(rows: RegisterRow[]): RegisterWarning[] {
  const warnings: RegisterWarning[] = [];
  rows.forEach((r, i) => {
    for (const f of PROGRAMME_FIELDS) {
      const value = r[f.key];
      let message: string | null = null;
      if (f.limit && length(value) > f.limit)
        message = `${f.label} has ${length(value)} characters; the programme's form allows ${f.limit}`;
      else if (f.required && !value.trim())
        message = `${f.label} is empty; the programme's form asks for it`;
      if (message)
        warnings.push({ goodPracticeId: r.id, title: r.title, row: i + 2, field: f.key, message });
    }
  });
  return warnings;
}

export { neutralise };

const EXTRA_COLUMNS = ["Owner partner", "Themes", "Status", "Validated on", "Warnings"];

/** Header and cells in the programme's field order, then our own columns, all neutralised. */
export function registerTable(rows: RegisterRow[], warnings: RegisterWarning[]) {
  const header = [...PROGRAMME_FIELDS.map((f) => f.label), ...EXTRA_COLUMNS];
  const cells = rows.map((r) => [
    ...PROGRAMME_FIELDS.map((f) => r[f.key]),
    r.ownerPartnerName,
    r.themes.join(", "),
    r.status,
    r.validatedOn ?? "",
    warnings
      .filter((w) => w.goodPracticeId === r.id)
      .map((w) => w.message)
      .join("; "),
  ]);
  return { header, cells: cells.map((row) => row.map(neutralise)) };
}

type Table = ReturnType<typeof registerTable>;

function worksheetFor(table: Table, title: string) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Consortia";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(title.slice(0, 31) || "Good practices");
  sheet.addRow(table.header);
  for (const row of table.cells) sheet.addRow(row);
  return { workbook, sheet };
}

export async function registerXlsx(table: Table, title: string): Promise<Buffer> {
  const { workbook, sheet } = worksheetFor(table, title);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  table.header.forEach((label, i) => {
    const column = sheet.getColumn(i + 1);
    const longest = Math.max(label.length, ...table.cells.map((r) => (r[i] ?? "").length));
    column.width = Math.min(60, Math.max(12, longest + 2));
    column.alignment = { vertical: "top", wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** RFC 4180 (fast-csv through exceljs): CRLF rows, quoted where needed, with a BOM for Excel. */
export async function registerCsv(table: Table): Promise<Buffer> {
  const { workbook } = worksheetFor(table, "register");
  return Buffer.from(
    await workbook.csv.writeBuffer({
      formatterOptions: { rowDelimiter: "\r\n", writeBOM: true },
    }),
  );
}
