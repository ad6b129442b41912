import type { Db, ExpenditureItemTable } from "@consortia/db";
import type { Insertable } from "kysely";
import { visibleDocuments } from "../documents";
import type { ReportingPeriod } from "../shared/calendar";
import { FieldNotes } from "../shared/field-notes";
import { type FinanceOptions, financeOptions } from "./budget-read";
import type { ItemInput } from "./items-schemas";
import { parseAmount } from "./rules";

/**
 * The rules of one item of expenditure, written once for the form and the bulk import: what
 * an item may hold in this partner's report of this period. A broken rule is a message on
 * its field; nothing is saved while one stands.
 */

/** 1,000,000,000.00 in any currency: beyond it an amount is a typing error. */
export const MAX_AMOUNT_CENTS = 100_000_000_000;

/** What the rules read about the partner and its report, read once per save or import. */
export type ItemRules = {
  options: FinanceOptions;
  partnerId: string;
  /** The currencies the partner declares in: its own and the euro. */
  currencies: readonly string[];
  period: ReportingPeriod;
  /** Live contracts of the partner. */
  contractIds: ReadonlySet<string>;
};

export async function itemRules(
  db: Db,
  projectId: string,
  partnerId: string,
  period: ReportingPeriod,
): Promise<ItemRules> {
  const [options, finance, contracts] = await Promise.all([
    financeOptions(db, projectId),
    db
      .selectFrom("partner_finance")
      .select("currency")
      .where("partner_id", "=", partnerId)
      .where("project_id", "=", projectId)
      .executeTakeFirst(),
    db
      .selectFrom("contracts")
      .select("id")
      .where("project_id", "=", projectId)
      .where("partner_id", "=", partnerId)
      .where("deleted_at", "is", null)
      .forShare()
      .execute(),
  ]);
  const own = finance?.currency ?? "EUR";
  return {
    options,
    partnerId,
    currencies: own === "EUR" ? ["EUR"] : [own, "EUR"],
    period,
    contractIds: new Set(contracts.map((c) => c.id)),
  };
}

type ItemValues = Omit<
  Insertable<ExpenditureItemTable>,
  "project_id" | "partner_id" | "report_id" | "created_by" | "updated_by" | "position"
>;

/** An amount field: its cents, or a note and null. */
function amount(
  notes: FieldNotes,
  field: string,
  text: string,
  opts: { required: boolean; zero?: boolean },
) {
  if (text === "") {
    if (opts.required) notes.add(field, "Give an amount");
    return null;
  }
  const cents = parseAmount(text);
  if (cents === null) notes.add(field, "Not an amount (use 1234.56)");
  else if (cents < 0 || (cents === 0 && !opts.zero)) notes.add(field, "Must be above 0");
  else if (cents > MAX_AMOUNT_CENTS) notes.add(field, "Must be at most 1,000,000,000.00");
  else return cents;
  return null;
}

/** A decimal with at most two decimals in (0, max]; null when empty or wrong (noted). */
function decimal(notes: FieldNotes, field: string, text: string, max: number, what: string) {
  if (text === "") return null;
  const t = text.replace(",", ".");
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(t) || Number(t) <= 0 || Number(t) > max) {
    notes.add(field, `${what} between 0 and ${max}, with at most 2 decimals`);
    return null;
  }
  return t;
}

function inPeriod(notes: FieldNotes, field: string, day: string | null, p: ReportingPeriod) {
  if (day !== null && (day < p.start || day > p.end))
    notes.add(field, `Must be within period ${p.number} (${p.start} to ${p.end})`);
}

/** Checks an item against the rules; the values to store, or the notes of what is wrong. */
export function checkItem(
  input: ItemInput,
  r: ItemRules,
): { notes: FieldNotes; values: ItemValues } {
  const notes = new FieldNotes();
  const rule = r.options.categories.find((c) => c.category === input.category);
  if (!rule?.inUse) notes.add("category", "The project does not use this cost category");
  else if (rule.flatRatePercent !== null)
    notes.add("category", `A flat rate (${rule.flatRatePercent} %) is computed, never entered`);
  const declared = amount(notes, "declared", input.declared, { required: true });
  const total = amount(notes, "totalInvoice", input.totalInvoice, { required: false });
  const vat = amount(notes, "vat", input.vat, { required: false, zero: true });
  if (declared !== null && total !== null && declared > total)
    notes.add("declared", "Cannot be more than the total invoice amount");
  if (vat !== null && total !== null && vat > total)
    notes.add("vat", "Cannot be more than the total invoice amount");
  if (!r.currencies.includes(input.currency))
    notes.add("currency", `Declare in ${r.currencies.join(" or ")}`);
  inPeriod(notes, "invoiceDate", input.invoiceDate, r.period);
  if (input.paymentDate === null) notes.add("paymentDate", "Give the date of payment");
  inPeriod(notes, "paymentDate", input.paymentDate, r.period);
  if (input.contractId !== null && !r.contractIds.has(input.contractId))
    notes.add("contractId", "Choose one of the partner's contracts");
  const staff = checkStaff(notes, input);
  return {
    notes,
    values: {
      category: input.category,
      internal_reference: input.internalReference,
      invoice_number: input.invoiceNumber,
      invoice_date: input.invoiceDate,
      payment_date: input.paymentDate,
      description: input.description,
      total_invoice_cents: total,
      vat_cents: vat,
      declared_cents: declared ?? 0,
      currency: input.currency,
      contract_id: input.contractId,
      ...staff,
    },
  };
}

/** Staff-cost fields: only on staff costs, and then who, on which basis, for what share. */
function checkStaff(notes: FieldNotes, input: ItemInput) {
  const given = {
    staffPerson: input.staffPerson,
    staffRole: input.staffRole,
    staffBasis: input.staffBasis ?? "",
    staffSharePercent: input.staffSharePercent,
    staffHours: input.staffHours,
    staffSalary: input.staffSalary,
  };
  const none = {
    staff_person: null,
    staff_role: null,
    staff_basis: null,
    staff_share_percent: null,
    staff_hours: null,
    staff_salary_cents: null,
  };
  if (input.category !== "staff") {
    for (const [field, value] of Object.entries(given))
      if (value !== "") notes.add(field, "Only staff costs have staff details");
    return none;
  }
  if (input.staffPerson === "") notes.add("staffPerson", "Name the person");
  if (input.staffBasis === null) notes.add("staffBasis", "Choose how the person is employed");
  const share = decimal(notes, "staffSharePercent", input.staffSharePercent, 100, "A share");
  const hours = decimal(notes, "staffHours", input.staffHours, 999_999, "Hours");
  if (input.staffBasis === "hourly" && input.staffHours === "")
    notes.add("staffHours", "Give the hours worked on the project");
  if (input.staffBasis !== null && input.staffBasis !== "hourly" && input.staffSharePercent === "")
    notes.add("staffSharePercent", "Give the share of time worked on the project");
  const salary = amount(notes, "staffSalary", input.staffSalary, { required: false, zero: true });
  return {
    staff_person: input.staffPerson || null,
    staff_role: input.staffRole || null,
    staff_basis: input.staffBasis,
    staff_share_percent: share,
    staff_hours: hours,
    staff_salary_cents: salary,
  };
}

/**
 * Evidence: documents of the project the partner's own people may see (its own, the
 * partnership's, and the lead's documents when it is the lead partner), not in the trash.
 */
export async function checkEvidence(
  db: Db,
  projectId: string,
  partnerId: string,
  ids: readonly string[],
  notes: FieldNotes,
) {
  if (ids.length === 0) return;
  const partnerAccess = {
    projectId,
    role: "partner_viewer" as const,
    isAdmin: false,
    partnerId,
    isLead: false,
    controlledPartnerIds: [],
  };
  const found = await db
    .selectFrom("documents")
    .select("documents.id")
    .where(visibleDocuments(partnerAccess))
    .where("documents.deleted_at", "is", null)
    .where("documents.id", "in", [...new Set(ids)])
    .execute();
  if (found.length < new Set(ids).size)
    notes.add("evidenceIds", "Choose documents of the library the partner may see");
}
