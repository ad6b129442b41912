import type { GoodPracticeStatus } from "@consortia/db";
import {
  type Column,
  csvBuffer,
  dayCell,
  type Table,
  tableOf,
  xlsxBuffer,
} from "@consortia/reports";
import { COUNTRIES } from "../partners";
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

/** Formula neutralisation as every spreadsheet export applies it (@consortia/reports). */
export { neutralise } from "@consortia/reports";

const column = (header: string, value: (r: RegisterEntry) => string): Column<RegisterEntry> => ({
  header,
  kind: "text",
  width: 12,
  wrap: true,
  value,
});
type RegisterEntry = { row: RegisterRow; warnings: string };

/**
 * The register in the programme's field order, then our own columns; the writers of
 * @consortia/reports neutralise every cell. Columns are as wide as their longest text, within
 * reason.
 */
export function registerTable(rows: RegisterRow[], warnings: RegisterWarning[]): Table {
  const entries = rows.map((row) => ({
    row,
    warnings: warnings
      .filter((w) => w.goodPracticeId === row.id)
      .map((w) => w.message)
      .join("; "),
  }));
  const columns = [
    ...PROGRAMME_FIELDS.map((f) => column(f.label, (e) => e.row[f.key])),
    column("Owner partner", (e) => e.row.ownerPartnerName),
    column("Themes", (e) => e.row.themes.join(", ")),
    column("Status", (e) => e.row.status),
    // A day: YYYY-MM-DD in CSV, a date cell in XLSX.
    {
      header: "Validated on",
      kind: "day",
      width: 12,
      value: (e) => dayCell(e.row.validatedOn),
    } satisfies Column<RegisterEntry>,
    column("Warnings", (e) => e.warnings),
  ];
  const table = tableOf({ name: "good_practices", title: "Good practices", columns }, entries);
  const longest = (i: number) =>
    Math.max(
      ...table.rows.map((r) => (r.cells[i] instanceof Date ? 10 : String(r.cells[i] ?? "").length)),
      0,
    );
  table.columns = table.columns.map((c, i) => ({
    ...c,
    width: Math.min(60, Math.max(12, c.header.length + 2, longest(i) + 2)),
  }));
  return table;
}

export const registerXlsx = (table: Table, title: string): Promise<Buffer> =>
  xlsxBuffer([{ ...table, title: title.slice(0, 31) || table.title }], { created: new Date() });

/** RFC 4180 CSV: CRLF rows, quoted where needed, with a BOM for Excel. */
export const registerCsv = (table: Table): Promise<Buffer> => csvBuffer(table);
