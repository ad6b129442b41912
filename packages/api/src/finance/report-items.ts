import type { CostCategory, Db, ExpenditureItem, StaffBasis } from "@consortia/db";
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

/** The columns every view of an item shares, as one row of `expenditure_items` gives them. */
type ItemRow = Pick<
  ExpenditureItem,
  | "category"
  | "internal_reference"
  | "invoice_number"
  | "invoice_date"
  | "payment_date"
  | "description"
  | "total_invoice_cents"
  | "vat_cents"
  | "declared_cents"
  | "currency"
>;

/** Those columns in camelCase: the list, the report and the export each add their own. */
export function itemBasics(r: ItemRow) {
  return {
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
  };
}

/** A staff-cost line's personal details (only `full` readers receive them). */
export function staffDetails(
  r: Pick<
    ExpenditureItem,
    | "staff_person"
    | "staff_role"
    | "staff_basis"
    | "staff_share_percent"
    | "staff_hours"
    | "staff_salary_cents"
  >,
) {
  return {
    person: r.staff_person,
    role: r.staff_role,
    basis: r.staff_basis,
    sharePercent: r.staff_share_percent,
    hours: r.staff_hours,
    salaryCents: r.staff_salary_cents,
  };
}

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
      ...itemBasics(r),
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
