import type { CostCategory } from "@consortia/db";
import { daysBetween, isoDay, type ReportingPeriod } from "../shared/calendar";
import { projectPeriodOf } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { flexibility, MONEY_LIGHT_LABELS, moneyLight } from "./desk-figures";
import { type Cells, cellKey, type DeskData, loadDesk } from "./desk-load";
import {
  loadPaymentBook,
  type PaymentBook,
  paymentTotals,
  seesPaymentPosition,
} from "./payment-load";
import { type CategoryAmounts, shareOf, sumCents } from "./rules";
import { financeView } from "./visibility";

/** Plan against reported, per category and in total. */
export type PlanFigures = {
  byCategory: {
    category: CostCategory;
    planCents: number;
    reportedCents: number;
    percentOfPlan: number | null;
  }[];
  planCents: number;
  reportedCents: number;
  percentOfPlan: number | null;
};

function figures(
  categories: readonly CostCategory[],
  plan: CategoryAmounts,
  got: CategoryAmounts,
): PlanFigures {
  const byCategory = categories.map((category) => {
    const planCents = plan[category] ?? 0;
    const reportedCents = got[category] ?? 0;
    return { category, planCents, reportedCents, percentOfPlan: shareOf(reportedCents, planCents) };
  });
  const planCents = sumCents(byCategory.map((c) => c.planCents));
  const reportedCents = sumCents(byCategory.map((c) => c.reportedCents));
  return { byCategory, planCents, reportedCents, percentOfPlan: shareOf(reportedCents, planCents) };
}

/** The sum per category of some cells. */
function sumCells(cells: Cells, keys: readonly string[]): CategoryAmounts {
  const out: CategoryAmounts = {};
  for (const key of keys)
    for (const [c, v] of Object.entries(cells.get(key) ?? {}))
      out[c as CostCategory] = (out[c as CostCategory] ?? 0) + (v ?? 0);
  return out;
}

/** A partner's payment position on the desk, for those who may see it (else null). */
function paymentFlag(ctx: ProjectCtx, book: PaymentBook, partnerId: string) {
  if (!seesPaymentPosition(ctx.access, partnerId)) return null;
  const p = book.ledger.partners.get(partnerId);
  return {
    owedCents: p?.owedCents ?? 0,
    waitingSince: p?.waitingSince ?? null,
    waitingDays: p?.waitingDays ?? null,
    /** Waiting longer than the project's limit for money the lead partner received. */
    waitingTooLong: (p?.waitingDays ?? 0) > book.waitDays,
  };
}

/** The period the desk opens on: the last one whose partner reports are due by today (else 1). */
export function defaultPeriod(periods: readonly ReportingPeriod[], today: string): number {
  return periods.filter((p) => p.partnerReportDue <= today).at(-1)?.number ?? 1;
}

/** Days past the due date, 0 on the day, null while not yet due. */
const overdueDays = (due: string, today: string) => (due > today ? null : daysBetween(due, today));

/** The missing reports of some periods: every partner's report not submitted, with its lateness. */
function missingReports(data: DeskData, periods: readonly ReportingPeriod[]) {
  return periods.flatMap((period) =>
    data.partners
      .map((p) => ({ p, state: data.reports.get(cellKey(p.id, period.number)) }))
      .filter(({ state }) => state?.status !== "submitted")
      .map(({ p, state }) => ({
        partnerId: p.id,
        shortName: p.shortName,
        periodNumber: period.number,
        due: period.partnerReportDue,
        status: state?.status ?? ("none" as const),
        daysOverdue: overdueDays(period.partnerReportDue, data.today),
        agreementSigned: p.agreementSignedOn !== null,
      })),
  );
}

/**
 * The money desk on the day `now` falls on: per partner and cost category, the plan in force
 * (flat rates computed) against the spending reported in submitted reports, for the chosen
 * period and cumulated up to it; the traffic light against the plan to date; the flexibility
 * figures; and who has not submitted the chosen period's report. Every figure is a total per
 * category, which every reader of the desk may see (`financeView` gives them at least totals).
 */
export async function moneyDeskOverview(
  ctx: ProjectCtx,
  input: { periodNumber?: number | undefined },
  now: Date,
) {
  const [data, book] = await Promise.all([
    loadDesk(ctx.db, ctx.access.projectId, now),
    loadPaymentBook(ctx.db, ctx.access.projectId, isoDay(now)),
  ]);
  const { today, schedule, options, partners } = data;
  const periods = schedule.periods;
  const periodNumber = input.periodNumber ?? defaultPeriod(periods, today);
  const period = projectPeriodOf(periods, periodNumber);
  const cats = options.inUse;
  const upTo = periods.filter((p) => p.number <= periodNumber).map((p) => p.number);
  const dueByToday = periods.filter((p) => p.partnerReportDue <= today).map((p) => p.number);
  const all = periods.map((p) => p.number);
  const ids = partners.map((p) => p.id);
  /** Plan against reported of some partners over some periods. */
  const spanOf = (partnerIds: readonly string[], numbers: readonly number[]) => {
    const keys = partnerIds.flatMap((id) => numbers.map((n) => cellKey(id, n)));
    return figures(cats, sumCells(data.plan, keys), sumCells(data.reported, keys));
  };
  const span = (partnerId: string, numbers: readonly number[]) => spanOf([partnerId], numbers);

  const rows = partners.map((p) => {
    const toDate = {
      planCents: span(p.id, dueByToday).planCents,
      // Everything submitted counts as spent to date, even a report handed in ahead of its due day.
      reportedCents: span(p.id, all).reportedCents,
    };
    const light = moneyLight(
      toDate.reportedCents,
      toDate.planCents,
      options.amberPercent,
      options.redPercent,
    );
    return {
      partnerId: p.id,
      name: p.name,
      shortName: p.shortName,
      view: financeView(ctx.access, p.id),
      agreementSignedOn: p.agreementSignedOn,
      lumpSumCents: p.lumpSumCents,
      period: span(p.id, [periodNumber]),
      cumulative: span(p.id, upTo),
      budget: span(p.id, all),
      toDate: { ...toDate, percentOfPlan: shareOf(toDate.reportedCents, toDate.planCents) },
      light,
      lightLabel: MONEY_LIGHT_LABELS[light],
      payment: paymentFlag(ctx, book, p.id),
    };
  });
  const flex = flexibility(
    rows.map((r) => ({
      partnerId: r.partnerId,
      budgetCents: r.budget.planCents,
      reportedCents: r.budget.reportedCents,
    })),
    options.flexibilityPercent,
  );
  const byPartner = new Map(flex.partners.map((f) => [f.partnerId, f]));
  return {
    today,
    /** What the caller may do here: lead coordinators remind; observers read only. */
    can: { remind: ctx.access.isLead },
    periodNumber,
    periods: periods.map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      partnerReportDue: p.partnerReportDue,
      due: p.partnerReportDue <= today,
    })),
    categories: cats,
    thresholds: {
      amberPercent: options.amberPercent,
      redPercent: options.redPercent,
      flexibilityPercent: options.flexibilityPercent,
    },
    budgetVersion: data.version ? { number: data.version.number } : null,
    partners: rows.map((r) => ({ ...r, flexibility: byPartner.get(r.partnerId) ?? null })),
    totals: { period: spanOf(ids, [periodNumber]), cumulative: spanOf(ids, upTo) },
    partnership: flex.total,
    /** Money received from the programme and passed on; partners waiting too long. */
    payments: { waitDays: book.waitDays, ...paymentTotals(book) },
    /** The chosen period's reports not submitted, the latest first. */
    missing: missingReports(data, [period]).sort(
      (a, b) =>
        (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) || a.shortName.localeCompare(b.shortName),
    ),
    /** Every report due by today and not submitted, over all periods. */
    overdue: missingReports(
      data,
      periods.filter((p) => p.partnerReportDue < today),
    ),
  };
}

export type MoneyDeskOverview = Awaited<ReturnType<typeof moneyDeskOverview>>;
