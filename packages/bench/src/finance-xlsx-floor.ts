import ExcelJS from "exceljs";
import type pg from "pg";
import type { FinanceDataset } from "./finance-dataset";
import { countingSink } from "./in-process";

/**
 * The fair floor of the list-of-expenditure XLSX: the same rows (items, their contract and
 * their evidence titles) read with one SQL query, and written with exceljs's bare streaming
 * WorkbookWriter as the same cells the app writes — money as euros with a number format, days
 * as date cells, the same column widths, a styled frozen header, a filter, a total row — with
 * one shared style object per column, but no access check, visibility, neutralisation, audit
 * or table layer. What the app takes beyond this is its own overhead.
 */
const MONEY = "#,##0.00";
const DAY = "yyyy-mm-dd";
type Kind = "int" | "text" | "day" | "eur" | "number";
const COLUMNS: [string, Kind, number][] = [
  ["No.", "int", 6],
  ["Cost category", "text", 28],
  ["Contract (procurement)", "text", 32],
  ["Internal reference number", "text", 20],
  ["Invoice number", "text", 18],
  ["Invoice date", "day", 12],
  ["Date of payment", "day", 12],
  ["Description", "text", 48],
  ["Total value of invoice", "eur", 16],
  ["VAT", "eur", 12],
  ["Declared amount", "eur", 16],
  ["Currency", "text", 9],
  ["Conversion rate", "number", 12],
  ["Declared amount in EUR", "eur", 18],
  ["Staff member", "text", 22],
  ["Staff role", "text", 22],
  ["Staff basis", "text", 18],
  ["Share of time (%)", "number", 10],
  ["Hours", "number", 8],
  ["Salary basis (monthly)", "eur", 16],
  ["Evidence", "text", 40],
];

const euros = (cents: string | number | null) => (cents === null ? null : Number(cents) / 100);
const day = (iso: string | Date | null) =>
  iso === null ? null : iso instanceof Date ? iso : new Date(`${iso}T00:00:00Z`);
const num = (v: string | null) => (v === null ? null : Number(v));

export async function xlsxFloor(pool: pg.Pool, d: FinanceDataset): Promise<number> {
  const { rows } = await pool.query(
    `select i.category, c.name as contract, i.internal_reference, i.invoice_number,
            i.invoice_date::text, i.payment_date::text, i.description, i.total_invoice_cents,
            i.vat_cents, i.declared_cents, i.currency, i.conversion_rate, i.eur_cents,
            i.staff_person, i.staff_role, i.staff_basis, i.staff_share_percent, i.staff_hours,
            i.staff_salary_cents,
            (select string_agg(doc.title, '; ' order by doc.title) from expenditure_evidence e
               join documents doc on doc.id = e.document_id
              where e.item_id = i.id and doc.deleted_at is null) as evidence
     from expenditure_items i join financial_reports r on r.id = i.report_id
     left join contracts c on c.id = i.contract_id
     where r.partner_id = $1 and r.period_number = $2 order by i.position, i.created_at`,
    [d.partnerId, d.periodNumber],
  );
  const { sink, bytes } = countingSink();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  const sheet = workbook.addWorksheet("List of expenditure", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map(([header, , width]) => ({ header, width }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "top", wrapText: true };
  head.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F0" } };
  });
  head.commit();
  sheet.autoFilter = `A1:U${rows.length + 1}`;
  const styles = COLUMNS.map(
    ([, kind, width]): Partial<ExcelJS.Style> => ({
      ...(kind === "eur" ? { numFmt: MONEY } : kind === "day" ? { numFmt: DAY } : {}),
      ...(kind === "int" ? { numFmt: "0" } : {}),
      ...(width >= 40 ? { alignment: { vertical: "top", wrapText: true } } : {}),
    }),
  );
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    total += Number(r.eur_cents ?? 0);
    const cells = [
      k + 1,
      r.category,
      r.contract,
      r.internal_reference,
      r.invoice_number,
      day(r.invoice_date),
      day(r.payment_date),
      r.description,
      euros(r.total_invoice_cents),
      euros(r.vat_cents),
      euros(r.declared_cents),
      r.currency,
      num(r.conversion_rate),
      euros(r.eur_cents),
      r.staff_person,
      r.staff_role,
      r.staff_basis,
      num(r.staff_share_percent),
      num(r.staff_hours),
      euros(r.staff_salary_cents),
      r.evidence ?? "",
    ];
    const row = sheet.getRow(k + 2);
    cells.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      if (v !== null) cell.style = styles[i] ?? {};
    });
    row.commit();
    if (k % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
  }
  const last = sheet.getRow(rows.length + 3);
  last.getCell(2).value = "Total";
  last.getCell(14).value = total / 100;
  last.font = { bold: true };
  last.commit();
  sheet.commit();
  await workbook.commit();
  return bytes();
}
