import type { CostCategory, Db, FinancialReportStatus } from "@consortia/db";
import { notFound } from "../errors";
import { projectSchedule } from "../shared/project-calendar";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import {
  budgetLines,
  cofinancingOf,
  completePlan,
  type FinanceOptions,
  financeOptions,
  totalsBy,
  versionInForce,
} from "./budget-read";
import {
  appliedCorrections,
  lessCorrections,
  type ReportCorrections,
  reportCorrections,
} from "./corrections-read";
import { monthOf as isoMonth, ratesOfMonth } from "./rates-service";
import { euroAmount, previouslyReported, reportAmounts, reportTotal } from "./report-amounts";
import { loadReportItems, type ReportItem } from "./report-items";
import { financialOverview, splitFunding } from "./rules";
import { type FinanceView, financeView } from "./visibility";

/**
 * A partner's financial report of one period, as `financialReports.get` returns it and as
 * each submission keeps it (the snapshot is this model read with the `full` view).
 *
 * The preparation lump sum is paid once, with the first report: it appears in the report of
 * period 1 as its own line (not a cost category), counts in the total eligible and in the
 * funding split, and stays out of the financial overview, which compares cost categories
 * with their budget.
 */

export type ReportModel = Awaited<ReturnType<typeof buildModel>>;

/** The report row of a partner and period, if one was started. */
export function findReport(db: Db, projectId: string, partnerId: string, periodNumber: number) {
  return db
    .selectFrom("financial_reports as r")
    .leftJoin("users as s", "s.id", "r.submitted_by")
    .leftJoin("users as t", "t.id", "r.returned_by")
    .select([
      "r.id",
      "r.status",
      "r.version",
      "r.latest_version",
      "r.submitted_at",
      "r.rate_month",
      "r.return_comment",
      "r.returned_at",
      "s.name as submitted_by_name",
      "t.name as returned_by_name",
    ])
    .where("r.project_id", "=", projectId)
    .where("r.partner_id", "=", partnerId)
    .where("r.period_number", "=", periodNumber)
    .executeTakeFirst();
}

/** The partner of this project, or NOT_FOUND. */
export async function projectPartner(db: Db, projectId: string, partnerId: string) {
  const p = await db
    .selectFrom("partners")
    .select(["id", "name", "short_name"])
    .where("id", "=", partnerId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!p) throw notFound("Partner");
  return { id: p.id, name: p.name, shortName: p.short_name };
}

/** The project's period with this number, or NOT_FOUND. */
export async function projectPeriod(db: Db, projectId: string, periodNumber: number, now: Date) {
  const { periods } = await projectSchedule(db, projectId, now);
  const period = periods.find((p) => p.number === periodNumber);
  if (!period) throw notFound("Reporting period");
  return period;
}

/** The caller's report: `view` decided by `financeView` unless given (snapshots use `full`). */
export async function reportModel(
  ctx: ProjectCtx,
  partnerId: string,
  periodNumber: number,
  now: Date = new Date(),
) {
  const model = await buildModel(ctx.db, ctx.access.projectId, partnerId, periodNumber, now);
  const view = financeView(ctx.access, partnerId);
  const status = model.report.status;
  return {
    ...withView(model, view),
    can: {
      // A report with nothing in it has nothing to submit (the API would refuse it too).
      submit:
        actsForPartner(ctx.access, partnerId) && status !== "submitted" && model.itemCount !== 0,
      return: ctx.access.isLead && status === "submitted",
    },
  };
}

/**
 * What a reader with `view` sees of a report: `full` everything; `items` every item but the
 * staff-cost lines (their total stays in the category amounts); `totals` no items.
 */
export function withView<
  M extends {
    items: ReportItem[] | null;
    itemCount: number | null;
    corrections?: ReportCorrections;
  },
>(model: M, view: FinanceView) {
  const items =
    view === "full"
      ? model.items
      : view === "items"
        ? (model.items?.filter((i) => i.category !== "staff") ?? null)
        : null;
  // Snapshots taken before corrections existed have none; other partners see their totals only.
  const corrections = model.corrections ?? NO_CORRECTIONS;
  return {
    ...model,
    view,
    items,
    itemCount: items?.length ?? null,
    corrections: view === "totals" ? { ...corrections, lines: null } : corrections,
  };
}

const NO_CORRECTIONS: ReportCorrections = { lines: [], totalCents: 0, byCategory: {} };

/** The whole report (every item, staff details included) of a partner and period at `now`. */
export async function buildModel(
  db: Db,
  projectId: string,
  partnerId: string,
  periodNumber: number,
  now: Date,
) {
  const [partner, period, options, row, finance, sources, rates] = await Promise.all([
    projectPartner(db, projectId, partnerId),
    projectPeriod(db, projectId, periodNumber, now),
    financeOptions(db, projectId),
    findReport(db, projectId, partnerId, periodNumber),
    db
      .selectFrom("partner_finance")
      .select(["cofinancing_percent", "lump_sum_cents", "agreement_signed_on", "currency"])
      .where("partner_id", "=", partnerId)
      .executeTakeFirst(),
    db
      .selectFrom("partner_contributions")
      .select(["id", "name", "kind", "amount_cents"])
      .where("partner_id", "=", partnerId)
      .orderBy("position")
      .orderBy("name")
      .execute(),
    // This month's rates, for the estimates of a report not yet submitted.
    ratesOfMonth(db, projectId, isoMonth(now)),
  ]);
  const status: FinancialReportStatus = row?.status ?? "draft";
  const items = row ? await loadReportItems(db, row.id, (i) => euroAmount(i, status, rates)) : [];
  const missingRates = [
    ...new Set(items.filter((i) => i.eurCents === null).map((i) => i.currency)),
  ].sort();
  const amounts = reportAmounts(options.categories, items);
  const lumpSumCents = periodNumber === 1 ? (finance?.lump_sum_cents ?? 0) : 0;
  // Financial corrections of certified expenditure of earlier periods, deducted here.
  const corrections = await reportCorrections(
    db,
    projectId,
    partnerId,
    periodNumber,
    row ? { id: row.id, status } : null,
  );
  const eligibleCents = reportTotal({
    amounts,
    inUse: options.inUse,
    periodNumber,
    lumpSumCents,
    correctionsCents: corrections.totalCents,
  });
  const cofinancingPercent = cofinancingOf(finance);
  const split = splitFunding(
    eligibleCents,
    cofinancingPercent,
    sources.map((s) => ({ id: s.id, amountCents: s.amount_cents })),
  );
  const [budget, reported, applied] = await Promise.all([
    // The budget in force at the period's end: a later change does not rewrite earlier reports.
    partnerBudget(db, projectId, partnerId, period.end, options),
    previouslyReported(db, partnerId, periodNumber, options.categories),
    appliedCorrections(db, projectId, partnerId),
  ]);
  // Earlier reports count net of the corrections they carried.
  const previous = [...applied]
    .filter(([key]) => Number(key.split("|")[1]) < periodNumber)
    .reduce((sum, [, cell]) => lessCorrections(sum, cell), reported);
  return {
    partner,
    period: {
      number: period.number,
      start: period.start,
      end: period.end,
      partnerReportDue: period.partnerReportDue,
    },
    report: {
      id: row?.id ?? null,
      status,
      version: row?.version ?? 0,
      latestVersion: row?.latest_version ?? 0,
      submittedAt: row?.submitted_at ?? null,
      submittedBy: row?.submitted_by_name ?? null,
      rateMonth: row?.rate_month ?? null,
      returnComment: row?.return_comment ?? null,
      returnedAt: row?.returned_at ?? null,
      returnedBy: row?.returned_by_name ?? null,
    },
    agreementSignedOn: finance?.agreement_signed_on ?? null,
    /** True while any amount is an estimate (the report is not submitted). */
    estimated: items.some((i) => i.estimate),
    /** Currencies with no rate this month: their items count 0 until the lead adds a rate. */
    missingRates,
    itemCount: items.length as number | null,
    items: items as ReportItem[] | null,
    categories: options.categories
      .filter((c) => c.inUse)
      .map((c) => ({
        category: c.category,
        flatRatePercent: c.flatRatePercent,
        flatRateBase: c.flatRateBase,
        amountCents: amounts[c.category],
      })),
    lumpSumCents,
    eligibleCents,
    funding: {
      cofinancingPercent,
      fundCents: split.fundCents,
      contributionCents: split.contributionCents,
      sources: sources.map((s) => ({
        id: s.id,
        name: s.name,
        kind: s.kind,
        amountCents: split.bySource[s.id] ?? 0,
      })),
    },
    corrections,
    overview: financialOverview(
      options.inUse,
      budget.byCategory,
      previous,
      lessCorrections(amounts, corrections.byCategory),
    ),
    budgetLumpSumCents: finance?.lump_sum_cents ?? 0,
    budgetVersion: budget.version,
  };
}

/** The partner's budget per category (the version in force on `day`, flat rates computed, all periods). */
async function partnerBudget(
  db: Db,
  projectId: string,
  partnerId: string,
  day: string,
  options: FinanceOptions,
) {
  const version = await versionInForce(db, projectId, day);
  if (!version) return { version: null, byCategory: {} };
  const lines = await budgetLines(db, version.id);
  const plan = completePlan(
    options,
    lines.filter((l) => l.partnerId === partnerId),
  );
  const byCategory = Object.fromEntries(totalsBy(plan, (l) => l.category)) as Partial<
    Record<CostCategory, number>
  >;
  return { version: version.number, byCategory };
}
