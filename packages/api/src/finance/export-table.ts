import type { Writable } from "node:stream";
import {
  type Column,
  csvBuffer,
  dayCell,
  type Sheet,
  tableOf,
  writeXlsx,
} from "@consortia/reports";
import { z } from "zod";
import type { Context } from "../context";
import { exportAudit, exportRoute, inProject } from "../shared/export-route";
import { CONTENT_TYPES, fileSafe } from "../shared/http-kit";
import { type ExpenditureList, type ExportRow, expenditureList } from "./export-list";
import { CATEGORY_LABELS } from "./labels";

/** The programme's names of the cost categories, as on its forms. */

const eur = (cents: number | null) => (cents === null ? null : cents / 100);
const money = (
  header: string,
  width: number,
  cents: (r: ExportRow) => number | null,
): Column<ExportRow> => ({ header, kind: "eur", width, value: (r) => eur(cents(r)) });
const day = (header: string, iso: (r: ExportRow) => string | null): Column<ExportRow> => ({
  header,
  kind: "day",
  width: 12,
  value: (r) => dayCell(iso(r)),
});

/**
 * The columns of the list of expenditure in the order of the programme's monitoring system
 * (cost category, procurement, internal reference, invoice number and date, date of payment,
 * description, total value of the invoice, VAT, declared amount, currency, conversion rate,
 * declared amount in EUR), so a partner can paste the rows into the official portal; then,
 * for the partner itself only, the staff-cost details and the evidence.
 */
const FORM_COLUMNS: readonly Column<ExportRow>[] = [
  { header: "No.", kind: "int", width: 6, value: (r) => r.no },
  {
    header: "Cost category",
    kind: "text",
    width: 28,
    value: (r) => CATEGORY_LABELS[r.category],
  },
  { header: "Contract (procurement)", kind: "text", width: 32, value: (r) => r.contract },
  {
    header: "Internal reference number",
    kind: "text",
    width: 20,
    value: (r) => r.internalReference,
  },
  { header: "Invoice number", kind: "text", width: 18, value: (r) => r.invoiceNumber },
  day("Invoice date", (r) => r.invoiceDate),
  day("Date of payment", (r) => r.paymentDate),
  { header: "Description", kind: "text", width: 48, value: (r) => r.description },
  money("Total value of invoice", 16, (r) => r.totalInvoiceCents),
  money("VAT", 12, (r) => r.vatCents),
  money("Declared amount", 16, (r) => r.declaredCents),
  { header: "Currency", kind: "text", width: 9, value: (r) => r.currency },
  {
    header: "Conversion rate",
    kind: "number",
    width: 12,
    value: (r) => (r.conversionRate === null ? null : Number(r.conversionRate)),
  },
  money("Declared amount in EUR", 18, (r) => r.eurCents),
];

const PARTNER_COLUMNS: readonly Column<ExportRow>[] = [
  { header: "Staff member", kind: "text", width: 22, value: (r) => r.staff?.person ?? null },
  { header: "Staff role", kind: "text", width: 22, value: (r) => r.staff?.role ?? null },
  { header: "Staff basis", kind: "text", width: 18, value: (r) => r.staff?.basis ?? null },
  {
    header: "Share of time (%)",
    kind: "number",
    width: 10,
    value: (r) => (r.staff?.sharePercent ? Number(r.staff.sharePercent) : null),
  },
  {
    header: "Hours",
    kind: "number",
    width: 8,
    value: (r) => (r.staff?.hours ? Number(r.staff.hours) : null),
  },
  money("Salary basis (monthly)", 16, (r) => r.staff?.salaryCents ?? null),
  { header: "Evidence", kind: "text", width: 40, value: (r) => r.evidence.join("; ") },
];

/** The list as a table: the form's columns, plus the partner's own for `full` readers. */
export function expenditureTable(list: ExpenditureList) {
  return tableOf(
    {
      name: "expenditure",
      title: "List of expenditure",
      columns: list.view === "full" ? [...FORM_COLUMNS, ...PARTNER_COLUMNS] : FORM_COLUMNS,
    },
    list.rows,
  );
}

/** The XLSX, streamed: one sheet with the total in EUR below the rows. */
export function writeExpenditureXlsx(out: Writable, list: ExpenditureList) {
  const table = expenditureTable(list);
  const total = table.columns.map(() => null as number | string | null);
  total[1] = "Total";
  total[13] = eur(list.totalEurCents);
  const sheet: Sheet = {
    ...table,
    title: `P${list.periodNumber} ${list.partner.shortName}`.slice(0, 31),
    after: [{ cells: total, bold: true }],
  };
  return writeXlsx(out, [sheet], {
    created: new Date(),
    title: `${list.acronym} list of expenditure, ${list.partner.shortName}, period ${list.periodNumber}`,
  });
}

const exportQuery = z.strictObject({
  partnerId: z.uuid("Choose a partner"),
  periodNumber: z.coerce.number("Choose a reporting period").int().min(1).max(99),
  format: z.enum(["xlsx", "csv"], "Choose xlsx or csv"),
});

/**
 * GET /api/projects/:projectId/finance/expenditure/export?partnerId=&period=&format=xlsx|csv
 * — a partner's list of expenditure for a period, as the caller may see it; audited.
 */
export function handleExpenditureExport(
  ctx: Context,
  projectId: string,
  req: Request | URLSearchParams,
) {
  return exportRoute(ctx, req, {
    access: inProject(projectId),
    parse: (q) =>
      exportQuery.parse({
        partnerId: q.get("partnerId") ?? "",
        periodNumber: q.get("period") ?? "",
        format: q.get("format") ?? "xlsx",
      }),
    load: (pctx, input) => expenditureList(pctx, input, new Date()),
    render: (list, input) =>
      input.format === "xlsx"
        ? (out: Writable) => writeExpenditureXlsx(out, list)
        : csvBuffer(expenditureTable(list)),
    head: (list, input) => ({
      type: CONTENT_TYPES[input.format],
      fileName: `${fileSafe(list.acronym)}-expenditure-${fileSafe(list.partner.shortName)}-period-${list.periodNumber}.${input.format}`,
    }),
    audit: (pctx, list, input) =>
      exportAudit(pctx, {
        entity: "financial_report",
        entityId: list.report?.id ?? null,
        summary: `List of expenditure of ${list.partner.shortName}, period ${list.periodNumber}, exported as ${input.format.toUpperCase()} (${list.rows.length} rows)`,
        data: { partnerId: list.partner.id, period: list.periodNumber, view: list.view },
      }),
  });
}
