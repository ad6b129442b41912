import type { CostCategory, Db, StaffBasis } from "@consortia/db";
import type { AmountSource, EuroAmount } from "./report-amounts";

/** An item of a financial report as the report shows it (camelCase, euro amount added). */
export type ReportItem = {
  id: string;
  position: number;
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
  contractId: string | null;
  contractName: string | null;
  staffPerson: string | null;
  staffRole: string | null;
  staffBasis: StaffBasis | null;
  staffSharePercent: string | null;
  staffHours: string | null;
  staffSalaryCents: number | null;
  eurCents: number | null;
  estimate: boolean;
};

/**
 * Every item of a report in the partner's order, each with its euro amount (`price`), built
 * in one pass (a report may hold thousands of items).
 */
export async function loadReportItems(
  db: Db,
  reportId: string,
  price: (item: AmountSource) => EuroAmount,
): Promise<ReportItem[]> {
  const rows = await db
    .selectFrom("expenditure_items as i")
    .leftJoin("contracts as c", "c.id", "i.contract_id")
    .select([
      "i.id",
      "i.position",
      "i.category",
      "i.internal_reference",
      "i.invoice_number",
      "i.invoice_date",
      "i.payment_date",
      "i.description",
      "i.total_invoice_cents",
      "i.vat_cents",
      "i.declared_cents",
      "i.currency",
      "i.conversion_rate",
      "i.eur_cents",
      "i.contract_id",
      "c.name as contract_name",
      "i.staff_person",
      "i.staff_role",
      "i.staff_basis",
      "i.staff_share_percent",
      "i.staff_hours",
      "i.staff_salary_cents",
    ])
    .where("i.report_id", "=", reportId)
    .orderBy("i.position")
    .orderBy("i.created_at")
    .orderBy("i.id")
    .execute();
  return rows.map((r) => {
    const euro = price(r);
    return {
      id: r.id,
      position: r.position,
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
      contractId: r.contract_id,
      contractName: r.contract_name,
      staffPerson: r.staff_person,
      staffRole: r.staff_role,
      staffBasis: r.staff_basis,
      staffSharePercent: r.staff_share_percent,
      staffHours: r.staff_hours,
      staffSalaryCents: r.staff_salary_cents,
      eurCents: euro.eurCents,
      estimate: euro.estimate,
    };
  });
}
