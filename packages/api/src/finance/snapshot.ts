import type { CostCategory, ExpenditureItem } from "@consortia/db";
import { type CategoryRule, sumCents, withFlatRates } from "./rules";

/**
 * The immutable snapshot of a submitted partner financial report, as stored in
 * `financial_report_versions.content` (issue 18, "Submitting it … keeps an immutable
 * snapshot"). Its structure, agreed between the finance helpers:
 *
 * - `partnerId`, `periodNumber`: whose report, for which reporting period;
 * - `rateMonth`: the first day of the month whose rates converted the items (YYYY-MM-DD);
 * - `items`: every expenditure item of the report in list order, every column of
 *   `expenditure_items` in camelCase (timestamps as ISO strings), `eurCents` and
 *   `conversionRate` as set on submission;
 * - `categories`: per cost category in use, the report's amount in euro cents — the real-cost
 *   sums of the items' `eurCents`, completed with the flat rates (`withFlatRates`, rounded once
 *   per category);
 * - `totalCents`: the sum of `categories`.
 *
 * A version is written once and never updated: later edits to items cannot change it.
 */
export type SnapshotItem = {
  id: string;
  projectId: string;
  partnerId: string;
  reportId: string;
  category: CostCategory;
  internalReference: string;
  invoiceNumber: string;
  invoiceDate: string | null;
  paymentDate: string | null;
  description: string;
  totalInvoiceCents: number | null;
  vatCents: number | null;
  declaredCents: number;
  currency: string;
  conversionRate: string | null;
  eurCents: number | null;
  contractId: string | null;
  staffPerson: string | null;
  staffRole: string | null;
  staffBasis: string | null;
  staffSharePercent: string | null;
  staffHours: string | null;
  staffSalaryCents: number | null;
  position: number;
  version: number;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
};

export type FinancialReportSnapshot = {
  partnerId: string;
  periodNumber: number;
  rateMonth: string | null;
  items: SnapshotItem[];
  categories: Partial<Record<CostCategory, number>>;
  totalCents: number;
};

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);

/** An item row as the snapshot keeps it. */
export function snapshotItem(r: ExpenditureItem): SnapshotItem {
  return {
    id: r.id,
    projectId: r.project_id,
    partnerId: r.partner_id,
    reportId: r.report_id,
    category: r.category,
    internalReference: r.internal_reference,
    invoiceNumber: r.invoice_number,
    invoiceDate: r.invoice_date,
    paymentDate: r.payment_date,
    description: r.description,
    totalInvoiceCents: r.total_invoice_cents,
    vatCents: r.vat_cents,
    declaredCents: r.declared_cents,
    currency: r.currency,
    conversionRate: r.conversion_rate,
    eurCents: r.eur_cents,
    contractId: r.contract_id,
    staffPerson: r.staff_person,
    staffRole: r.staff_role,
    staffBasis: r.staff_basis,
    staffSharePercent: r.staff_share_percent,
    staffHours: r.staff_hours,
    staffSalaryCents: r.staff_salary_cents,
    position: r.position,
    version: r.version,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/**
 * A report's amount per cost category in use: the real-cost sums of the items' euro amounts,
 * then the flat rates (the shared rule of every finance reader).
 */
export function reportCategories(
  rules: readonly CategoryRule[],
  items: readonly { category: CostCategory; eurCents: number }[],
): Partial<Record<CostCategory, number>> {
  const real: Partial<Record<CostCategory, number[]>> = {};
  for (const i of items) {
    const list = real[i.category] ?? [];
    list.push(i.eurCents);
    real[i.category] = list;
  }
  const sums = Object.fromEntries(
    Object.entries(real).map(([c, v]) => [c, sumCents(v ?? [])]),
  ) as Partial<Record<CostCategory, number>>;
  const all = withFlatRates(rules, sums);
  return Object.fromEntries(
    rules.filter((r) => r.inUse).map((r) => [r.category, all[r.category]]),
  ) as Partial<Record<CostCategory, number>>;
}

/** The snapshot of a submitted report (every item must carry its euro amount). */
export function buildSnapshot(input: {
  partnerId: string;
  periodNumber: number;
  rateMonth: string | null;
  rules: readonly CategoryRule[];
  items: readonly ExpenditureItem[];
}): FinancialReportSnapshot {
  const items = [...input.items].sort((a, b) => a.position - b.position).map(snapshotItem);
  const categories = reportCategories(
    input.rules,
    items.map((i) => {
      if (i.eurCents === null) throw new Error(`item ${i.id} has no euro amount`);
      return { category: i.category, eurCents: i.eurCents };
    }),
  );
  return {
    partnerId: input.partnerId,
    periodNumber: input.periodNumber,
    rateMonth: input.rateMonth,
    items,
    categories,
    totalCents: sumCents(Object.values(categories)),
  };
}
