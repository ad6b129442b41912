import type { ColumnType, Generated, Selectable } from "kysely";

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json = ColumnType<unknown, string, never>;
/** numeric: PostgreSQL returns it as a decimal string, never rounded through a float. */
export type Decimal = ColumnType<string, string, string>;
export type OptionalDecimal = ColumnType<string | null, string | null | undefined, string | null>;
/** bigint cents: read as a JS number (safe to 2^53 cents). */
export type Cents = ColumnType<number, number, number>;
export type OptionalCents = ColumnType<number | null, number | null | undefined, number | null>;

/** The cost categories of Interreg budgets (DOMAIN.md, "Money"), in the programme's order. */
export const COST_CATEGORIES = [
  "staff",
  "office_admin",
  "travel",
  "external",
  "equipment",
  "infrastructure",
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** Legal status for co-financing; `other` carries a rate set by hand. */
export const LEGAL_STATUSES = [
  "public",
  "public_equivalent",
  "private_non_profit",
  "other",
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const CONTRIBUTION_KINDS = ["public", "automatic_public", "private"] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const BUDGET_VERSION_STATUSES = ["draft", "approved"] as const;
export type BudgetVersionStatus = (typeof BUDGET_VERSION_STATUSES)[number];

export const PROCUREMENT_TYPES = [
  "open",
  "restricted",
  "negotiated",
  "direct_award",
  "framework",
  "other",
] as const;
export type ProcurementType = (typeof PROCUREMENT_TYPES)[number];

/** draft → submitted (locked, snapshot) → returned by the lead with a comment → submitted. */
export const FINANCIAL_REPORT_STATUSES = ["draft", "submitted", "returned"] as const;
export type FinancialReportStatus = (typeof FINANCIAL_REPORT_STATUSES)[number];

export const STAFF_BASES = [
  "full_time",
  "part_time_fixed",
  "part_time_flexible",
  "hourly",
] as const;
export type StaffBasis = (typeof STAFF_BASES)[number];

export type Audited = {
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
};

export interface FinanceSettingsTable extends Audited {
  project_id: string;
  currency: Generated<"EUR">;
  amber_percent: Generated<number>;
  red_percent: Generated<number>;
  flexibility_percent: Generated<number>;
  /** Days after which a partner still waiting for money received is flagged (0020-payments). */
  payment_wait_days: Generated<number>;
}

export interface FinanceCategoryTable {
  project_id: string;
  category: CostCategory;
  in_use: Generated<boolean>;
  /** null: a real-cost category. */
  flat_rate_percent: OptionalDecimal;
  flat_rate_base: CostCategory | null;
}

export interface BudgetVersionTable extends Audited {
  id: Generated<string>;
  project_id: string;
  number: number;
  status: Generated<BudgetVersionStatus>;
  note: Generated<string>;
  approved_at: Timestamp | null;
  approved_by: string | null;
  in_force_from: string | null;
  /** A formal major change (beyond the flexibility, total or partners changed); false for version 1. */
  major_change: Generated<boolean>;
}

export interface PartnerFinanceTable extends Audited {
  partner_id: string;
  project_id: string;
  legal_status: Generated<LegalStatus>;
  cofinancing_percent: ColumnType<string, string | undefined, string>;
  currency: Generated<string>;
  lump_sum_cents: ColumnType<number, number | undefined, number>;
  /** null: the partnership agreement is not signed. */
  agreement_signed_on: string | null;
}

export interface PartnerContributionTable extends Audited {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  name: string;
  kind: ContributionKind;
  amount_cents: Cents;
  position: Generated<number>;
}

export interface BudgetLineTable {
  budget_version_id: string;
  partner_id: string;
  category: CostCategory;
  period_number: number;
  amount_cents: Cents;
}

export interface ContractTable extends Audited {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  name: string;
  reference: Generated<string>;
  contract_date: string;
  procurement_type: ProcurementType;
  amount_cents: Cents;
  currency: Generated<string>;
  supplier_name: string;
  supplier_vat: Generated<string>;
  deleted_at: Timestamp | null;
}

export interface ExchangeRateTable {
  project_id: string;
  currency: string;
  /** The first day of the month. */
  month: string;
  /** Units of the currency for one euro. */
  rate: Decimal;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface FinancialReportTable extends Audited {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  period_number: number;
  status: Generated<FinancialReportStatus>;
  latest_version: Generated<number>;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  rate_month: string | null;
  return_comment: string | null;
  returned_at: Timestamp | null;
  returned_by: string | null;
}

export interface FinancialReportVersionTable {
  id: Generated<string>;
  report_id: string;
  project_id: string;
  number: number;
  content: Json;
  submitted_at: CreatedAt;
  submitted_by: string | null;
}

export interface ExpenditureItemTable extends Audited {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  report_id: string;
  category: CostCategory;
  internal_reference: Generated<string>;
  invoice_number: Generated<string>;
  invoice_date: string | null;
  payment_date: string | null;
  description: string;
  total_invoice_cents: OptionalCents;
  vat_cents: OptionalCents;
  /** In the item's currency. */
  declared_cents: Cents;
  currency: Generated<string>;
  /** Set on submission: the rate of the month of submission (1 for euro items). */
  conversion_rate: OptionalDecimal;
  eur_cents: OptionalCents;
  contract_id: string | null;
  /** A parked item of an earlier report, taken into this one (at most once). */
  carried_from_item_id: ColumnType<string | null, string | null | undefined, string | null>;
  staff_person: string | null;
  staff_role: string | null;
  staff_basis: StaffBasis | null;
  staff_share_percent: OptionalDecimal;
  staff_hours: OptionalDecimal;
  staff_salary_cents: OptionalCents;
  position: Generated<number>;
}

export interface ExpenditureEvidenceTable {
  item_id: string;
  document_id: string;
}

export interface FinanceTables {
  finance_settings: FinanceSettingsTable;
  finance_categories: FinanceCategoryTable;
  budget_versions: BudgetVersionTable;
  partner_finance: PartnerFinanceTable;
  partner_contributions: PartnerContributionTable;
  budget_lines: BudgetLineTable;
  contracts: ContractTable;
  exchange_rates: ExchangeRateTable;
  financial_reports: FinancialReportTable;
  financial_report_versions: FinancialReportVersionTable;
  expenditure_items: ExpenditureItemTable;
  expenditure_evidence: ExpenditureEvidenceTable;
}

export type FinancialReport = Selectable<FinancialReportTable>;
export type ExpenditureItem = Selectable<ExpenditureItemTable>;
export type Contract = Selectable<ContractTable>;
export type BudgetVersion = Selectable<BudgetVersionTable>;
