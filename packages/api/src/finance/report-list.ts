import type { CostCategory, FinancialReportStatus } from "@consortia/db";
import { notFound } from "../errors";
import { isoDay } from "../shared/calendar";
import { projectSchedule } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { financeOptions } from "./budget-read";
import { carriedBy, correctionRows } from "./corrections-read";
import { euroAmount, monthOf, ratesOf, reportAmounts, reportTotal } from "./report-amounts";
import { projectPartner, type ReportModel, withView } from "./report-model";
import { sumCents } from "./rules";
import { financeView } from "./visibility";

/**
 * Every partner's report of each begun period (or of one period): status and total eligible
 * only, which every member may see. A period without a report of a partner is "not started".
 * The total is the report's own (report-model.ts): lump sum and corrections included.
 */
export async function listReports(
  ctx: ProjectCtx,
  input: { periodNumber?: number | undefined },
  now: Date,
) {
  const projectId = ctx.access.projectId;
  const today = isoDay(now);
  const [{ periods }, partners, options, rows, submittedRows, lumpSums, corrections] =
    await Promise.all([
      projectSchedule(ctx.db, projectId, now),
      projectPartners(ctx.db, projectId),
      financeOptions(ctx.db, projectId),
      ctx.db
        .selectFrom("financial_reports")
        .select(["id", "partner_id", "period_number", "status", "latest_version", "submitted_at"])
        .where("project_id", "=", projectId)
        .$if(input.periodNumber !== undefined, (q) =>
          q.where("period_number", "=", input.periodNumber ?? 0),
        )
        .execute(),
      ctx.db
        .selectFrom("financial_reports")
        .select(["partner_id", "period_number"])
        .where("project_id", "=", projectId)
        .where("status", "=", "submitted")
        .execute(),
      ctx.db
        .selectFrom("partner_finance")
        .select(["partner_id", "lump_sum_cents"])
        .where("project_id", "=", projectId)
        .execute(),
      correctionRows(ctx.db, projectId),
    ]);
  const submitted = new Map<string, Set<number>>();
  for (const r of submittedRows)
    submitted.set(r.partner_id, (submitted.get(r.partner_id) ?? new Set()).add(r.period_number));
  const lumpSum = new Map(lumpSums.map((l) => [l.partner_id, l.lump_sum_cents]));
  const correctionsOf = (
    partnerId: string,
    n: number,
    r: { id: string; status: string } | undefined,
  ) =>
    sumCents(
      carriedBy(
        corrections.filter((c) => c.partnerId === partnerId),
        n,
        r ?? null,
        submitted.get(partnerId) ?? new Set(),
      ).map((c) => c.amountCents),
    );
  const shown = periods.filter(
    (p) =>
      p.start <= today && (input.periodNumber === undefined || p.number === input.periodNumber),
  );
  const items = rows.length
    ? await ctx.db
        .selectFrom("expenditure_items")
        .select(["report_id", "category", "currency", "declared_cents", "eur_cents"])
        .where(
          "report_id",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const rates = await ratesOf(
    ctx.db,
    projectId,
    monthOf(now),
    items.map((i) => i.currency),
  );
  const status = new Map(rows.map((r) => [r.id, r.status]));
  const byReport = new Map<string, { category: CostCategory; eurCents: number | null }[]>();
  for (const i of items) {
    const list = byReport.get(i.report_id) ?? [];
    const s = status.get(i.report_id) ?? "draft";
    list.push({ category: i.category, ...euroAmount(i, s, rates) });
    byReport.set(i.report_id, list);
  }
  const key = (partnerId: string, n: number) => `${partnerId}|${n}`;
  const found = new Map(rows.map((r) => [key(r.partner_id, r.period_number), r]));
  return {
    periods: shown.map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      partnerReportDue: p.partnerReportDue,
    })),
    partners: partners.map((p) => ({ id: p.id, name: p.name, shortName: p.shortName })),
    reports: shown.flatMap((p) =>
      partners.map((partner) => {
        const r = found.get(key(partner.id, p.number));
        const list = (r && byReport.get(r.id)) ?? [];
        const statusOf: FinancialReportStatus | "not_started" = r?.status ?? "not_started";
        return {
          partnerId: partner.id,
          periodNumber: p.number,
          status: statusOf,
          latestVersion: r?.latest_version ?? 0,
          submittedAt: r?.submitted_at ?? null,
          totalCents: reportTotal({
            amounts: reportAmounts(options.categories, list),
            inUse: options.inUse,
            periodNumber: p.number,
            lumpSumCents: lumpSum.get(partner.id),
            correctionsCents: correctionsOf(partner.id, p.number, r),
          }),
        };
      }),
    ),
  };
}

/** The submitted versions of a partner's report of a period, newest first. */
export async function listVersions(
  ctx: ProjectCtx,
  input: { partnerId: string; periodNumber: number },
) {
  const partner = await projectPartner(ctx.db, ctx.access.projectId, input.partnerId);
  const rows = await ctx.db
    .selectFrom("financial_report_versions as v")
    .innerJoin("financial_reports as r", "r.id", "v.report_id")
    .leftJoin("users as u", "u.id", "v.submitted_by")
    .select(["v.report_id", "v.number", "v.submitted_at", "u.name as submitted_by"])
    .where("r.project_id", "=", ctx.access.projectId)
    .where("r.partner_id", "=", partner.id)
    .where("r.period_number", "=", input.periodNumber)
    .orderBy("v.number", "desc")
    .execute();
  return rows.map((r) => ({
    reportId: r.report_id,
    number: r.number,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
  }));
}

/** One submitted version as it was kept, shown with the caller's view of the partner. */
export async function getVersion(ctx: ProjectCtx, input: { reportId: string; number: number }) {
  const row = await ctx.db
    .selectFrom("financial_report_versions as v")
    .innerJoin("financial_reports as r", "r.id", "v.report_id")
    .select(["r.partner_id", "v.number", "v.content", "v.submitted_at"])
    .where("v.report_id", "=", input.reportId)
    .where("v.number", "=", input.number)
    .where("r.project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!row) throw notFound("Financial report version");
  const content = row.content as ReportModel;
  return {
    number: row.number,
    submittedAt: row.submitted_at,
    content: withView(content, financeView(ctx.access, row.partner_id)),
  };
}
