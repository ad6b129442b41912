import type { CostCategory } from "@consortia/db";
import {
  appliedCorrections,
  budgetLines,
  completePlan,
  financeOptions,
  lessCorrections,
  reportAmounts,
  totalsBy,
  versionInForce,
} from "../finance";
import type { ReportingPeriod } from "../shared/calendar";
import type { ProjectCtx } from "../shared/service-context";
import type { ReportFinance, ReportPartner } from "./model";

const euros = (cents: number) => cents / 100;

/**
 * The report's `finance` section (issue 18): the budget in force at the period's end per
 * partner × cost category in use (flat rates computed), what each partner reported for the
 * period in its submitted financial report (items' euro amounts, flat rates per report, less
 * the financial corrections that report carries, as on the money desk), the flat rates and
 * each partner's co-financing and contribution sources.
 *
 * Totals per category only — what `financeView` shows every member (the `totals` view) — so
 * the section is the same for every reader: no item, no staff-cost detail is ever in it.
 */
export async function periodFinance(
  ctx: ProjectCtx,
  period: Pick<ReportingPeriod, "number" | "end">,
  partners: readonly ReportPartner[],
): Promise<ReportFinance> {
  const projectId = ctx.access.projectId;
  const [options, version, finance, contributions, reports, corrections] = await Promise.all([
    financeOptions(ctx.db, projectId),
    versionInForce(ctx.db, projectId, period.end),
    ctx.db
      .selectFrom("partner_finance")
      .select(["partner_id", "legal_status", "cofinancing_percent", "lump_sum_cents"])
      .where("project_id", "=", projectId)
      .execute(),
    ctx.db
      .selectFrom("partner_contributions")
      .select(["partner_id", "name", "kind", "amount_cents"])
      .where("project_id", "=", projectId)
      .orderBy("position")
      .execute(),
    ctx.db
      .selectFrom("financial_reports")
      .select(["id", "partner_id", "status"])
      .where("project_id", "=", projectId)
      .where("period_number", "=", period.number)
      .execute(),
    appliedCorrections(ctx.db, projectId),
  ]);
  const lines = version ? completePlan(options, await budgetLines(ctx.db, version.id)) : [];
  const budget = totalsBy(lines, (l) => `${l.partnerId}|${l.category}`);
  const submitted = reports.filter((r) => r.status === "submitted").map((r) => r.id);
  const items = submitted.length
    ? await ctx.db
        .selectFrom("expenditure_items")
        .select(["partner_id", "category", "eur_cents"])
        .where("project_id", "=", projectId)
        .where("report_id", "in", submitted)
        .execute()
    : [];
  const reportedOf = (partnerId: string) =>
    lessCorrections(
      reportAmounts(
        options.categories,
        items
          .filter((i) => i.partner_id === partnerId)
          .map((i) => ({ category: i.category, eurCents: i.eur_cents ?? 0 })),
      ),
      corrections.get(`${partnerId}|${period.number}`) ?? {},
    );

  return {
    currency: "EUR",
    budgetVersion: version?.number ?? null,
    flatRates: options.categories
      .filter((c) => c.inUse && c.flatRatePercent !== null && c.flatRateBase !== null)
      .map((c) => ({
        category: c.category,
        percent: Number(c.flatRatePercent),
        base: c.flatRateBase as CostCategory,
      })),
    partners: partners.map((p) => {
      const f = finance.find((r) => r.partner_id === p.id);
      const reported = reportedOf(p.id);
      return {
        partnerId: p.id,
        partner: p.shortName,
        legalStatus: f?.legal_status ?? null,
        cofinancingPercent: f ? Number(f.cofinancing_percent) : null,
        lumpSumEur: euros(f?.lump_sum_cents ?? 0),
        reportStatus: reports.find((r) => r.partner_id === p.id)?.status ?? "not_started",
        categories: options.inUse.map((category) => ({
          category,
          budgetEur: euros(budget.get(`${p.id}|${category}`) ?? 0),
          reportedEur: euros(reported[category] ?? 0),
        })),
        contributions: contributions
          .filter((c) => c.partner_id === p.id)
          .map((c) => ({ name: c.name, kind: c.kind, amountEur: euros(c.amount_cents) })),
      };
    }),
  };
}
