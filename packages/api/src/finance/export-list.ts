import type { ExpenditureItem, FinancialReportStatus } from "@consortia/db";
import { forbidden, notFound } from "../errors";
import { isoDay } from "../shared/calendar";
import { startedPeriod } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { euroAmount } from "./report-amounts";
import { itemBasics, type ReportItem, staffDetails } from "./report-items";
import { sumCents } from "./rules";
import { type FinanceView, financeView } from "./visibility";

/**
 * A partner's list of expenditure for one period as the caller may export it (issue 18,
 * "Exports"): `full` readers get every item with its staff-cost details and evidence; `items`
 * readers get the staff-cost lines as one total row and no personal details; `totals` readers
 * are refused (they see totals per category on the pages, never items).
 *
 * An item's euro amount is the one set on submission; before that an estimate at the rate of
 * the current month (empty when the lead has not entered that rate yet).
 */
export type ExportRow = Pick<
  ReportItem,
  | "category"
  | "internalReference"
  | "invoiceNumber"
  | "invoiceDate"
  | "paymentDate"
  | "description"
  | "totalInvoiceCents"
  | "vatCents"
  | "currency"
  | "conversionRate"
  | "eurCents"
> & {
  no: number;
  contract: string | null;
  /** null on a total row over several currencies. */
  declaredCents: number | null;
  staff: {
    person: string | null;
    role: string | null;
    basis: string | null;
    sharePercent: string | null;
    hours: string | null;
    salaryCents: number | null;
  } | null;
  evidence: string[];
};

export type ExpenditureList = {
  view: Exclude<FinanceView, "totals">;
  acronym: string;
  partner: { id: string; shortName: string };
  periodNumber: number;
  report: { id: string; status: string } | null;
  rows: ExportRow[];
  totalEurCents: number | null;
};

async function partnerOf(ctx: ProjectCtx, partnerId: string) {
  const p = await ctx.db
    .selectFrom("partners as p")
    .innerJoin("projects as pr", "pr.id", "p.project_id")
    .select(["p.id", "p.short_name", "pr.acronym"])
    .where("p.project_id", "=", ctx.access.projectId)
    .where("p.id", "=", partnerId)
    .executeTakeFirst();
  if (!p) throw notFound("Partner");
  return p;
}

/** The rates of the current month, for the estimate of items not yet submitted. */
async function currentRates(ctx: ProjectCtx, now: Date): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom("exchange_rates")
    .select(["currency", "rate"])
    .where("project_id", "=", ctx.access.projectId)
    .where("month", "=", `${isoDay(now).slice(0, 7)}-01`)
    .execute();
  return new Map([["EUR", "1"], ...rows.map((r): [string, string] => [r.currency, r.rate])]);
}

/** The item's euro amount by the rule every finance page uses (`euroAmount`), and its rate. */
function euroOf(i: ExpenditureItem, status: FinancialReportStatus, rates: Map<string, string>) {
  const { eurCents, estimate } = euroAmount(i, status, rates);
  const rate = estimate
    ? (rates.get(i.currency) ?? null)
    : i.currency === "EUR" && i.eur_cents === null
      ? "1"
      : i.conversion_rate;
  return { rate, eur: eurCents };
}

/** The staff-cost lines as the one total row `items` readers receive. */
function staffTotal(staff: ExportRow[], no: number): ExportRow {
  const currencies = new Set(staff.map((r) => r.currency));
  const one = currencies.size === 1;
  const eur = staff.map((r) => r.eurCents);
  return {
    no,
    category: "staff",
    contract: null,
    internalReference: "",
    invoiceNumber: "",
    invoiceDate: null,
    paymentDate: null,
    description: `Staff costs: ${staff.length} lines (personal details are seen by the partner only)`,
    totalInvoiceCents: null,
    vatCents: null,
    declaredCents: one ? sumCents(staff.map((r) => r.declaredCents ?? 0)) : null,
    currency: one ? ([...currencies][0] ?? "EUR") : "",
    conversionRate: null,
    eurCents: eur.some((e) => e === null) ? null : sumCents(eur as number[]),
    staff: null,
    evidence: [],
  };
}

export async function expenditureList(
  ctx: ProjectCtx,
  input: { partnerId: string; periodNumber: number },
  now: Date,
): Promise<ExpenditureList> {
  const partner = await partnerOf(ctx, input.partnerId);
  const view = financeView(ctx.access, partner.id);
  if (view === "totals")
    throw forbidden("You see this partner's totals per cost category, not its list of expenditure");
  await startedPeriod(ctx, input.periodNumber, now);
  const report = await ctx.db
    .selectFrom("financial_reports")
    .select(["id", "status"])
    .where("project_id", "=", ctx.access.projectId)
    .where("partner_id", "=", partner.id)
    .where("period_number", "=", input.periodNumber)
    .executeTakeFirst();
  const items = report
    ? await ctx.db
        .selectFrom("expenditure_items")
        .selectAll()
        .where("project_id", "=", ctx.access.projectId)
        .where("report_id", "=", report.id)
        .orderBy("position")
        .orderBy("created_at")
        .execute()
    : [];
  const [contracts, evidence, rates] = await Promise.all([
    ctx.db
      .selectFrom("contracts")
      .select(["id", "name", "reference"])
      .where("project_id", "=", ctx.access.projectId)
      .where("partner_id", "=", partner.id)
      .execute(),
    view === "full" && report
      ? ctx.db
          .selectFrom("expenditure_evidence as e")
          .innerJoin("expenditure_items as i", "i.id", "e.item_id")
          .innerJoin("documents as d", "d.id", "e.document_id")
          .select(["e.item_id", "d.title"])
          .where("i.report_id", "=", report.id)
          .where("d.deleted_at", "is", null)
          .orderBy("d.title")
          .execute()
      : Promise.resolve([]),
    currentRates(ctx, now),
  ]);
  const contractName = new Map(
    contracts.map((c) => [c.id, c.reference ? `${c.reference} ${c.name}` : c.name]),
  );
  const evidenceOf = new Map<string, string[]>();
  for (const e of evidence)
    evidenceOf.set(e.item_id, [...(evidenceOf.get(e.item_id) ?? []), e.title]);

  const all: ExportRow[] = items.map((i, k) => {
    const { rate, eur } = euroOf(i, report?.status ?? "draft", rates);
    return {
      no: k + 1,
      ...itemBasics(i),
      contract: i.contract_id ? (contractName.get(i.contract_id) ?? null) : null,
      conversionRate: rate,
      eurCents: eur,
      staff: i.category === "staff" ? staffDetails(i) : null,
      evidence: evidenceOf.get(i.id) ?? [],
    };
  });
  let rows = all;
  if (view === "items") {
    const staff = all.filter((r) => r.category === "staff");
    rows = all.filter((r) => r.category !== "staff");
    if (staff.length) rows = [staffTotal(staff, 0), ...rows];
    rows = rows.map((r, k) => ({ ...r, no: k + 1 }));
  }
  const eur = rows.map((r) => r.eurCents);
  return {
    view,
    acronym: partner.acronym,
    partner: { id: partner.id, shortName: partner.short_name },
    periodNumber: input.periodNumber,
    report: report ?? null,
    rows,
    totalEurCents: eur.some((e) => e === null) ? null : sumCents(eur as number[]),
  };
}
