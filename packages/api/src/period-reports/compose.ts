import { notFound } from "../errors";
import { isoDay, scheduleOf } from "../shared/calendar";
import { startedPeriodOf } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { periodClaim } from "./compose-claim";
import { annexList } from "./compose-documents";
import { periodFinance } from "./compose-finance";
import { periodIndicators } from "./compose-indicators";
import { periodRecords, windowOf } from "./compose-records";
import { findPeriodReport } from "./lock";
import {
  PERIOD_REPORT_FORMAT,
  PERIOD_REPORT_FORMAT_VERSION,
  type PeriodReportModel,
  type ReportContributionEntry,
  type ReportPartner,
  type ReportWorkPackage,
} from "./model";

/** The caller's context with the lead's full view: compose lists every document. */
export const fullView = (ctx: ProjectCtx): ProjectCtx => ({
  ...ctx,
  access: { ...ctx.access, isLead: true },
});

/**
 * The period's consolidated progress report as it stands now, composed from the records:
 * the lead coordinator's highlights and work-package assessments, the partners' submitted
 * contributions, deliverables and outputs of the period with their evidence, the indicators
 * and the annexes. Every document is listed with its visibility; pass the result through
 * `forViewer` before anyone sees it. Throws for a period that has not begun.
 */
export async function composePeriodReport(
  ctx: ProjectCtx,
  periodNumber: number,
  now: Date,
): Promise<PeriodReportModel> {
  const projectId = ctx.access.projectId;
  const today = isoDay(now);
  const [project, partnerRows, report] = await Promise.all([
    ctx.db
      .selectFrom("projects")
      .select(["id", "acronym", "title", "programme", "start_date", "end_date", "core_phase_end"])
      .where("id", "=", projectId)
      .executeTakeFirst(),
    projectPartners(ctx.db, projectId),
    findPeriodReport(ctx.db, projectId, periodNumber),
  ]);
  if (!project) throw notFound("Project");
  const { start_date, end_date, core_phase_end, ...head } = project;
  const { periods } = scheduleOf(
    { startDate: start_date, endDate: end_date, corePhaseEnd: core_phase_end },
    today,
  );
  const period = startedPeriodOf(periods, periodNumber, today);
  const partners: ReportPartner[] = partnerRows;
  const names = new Map(partners.map((p) => [p.id, p.shortName]));
  // The days whose good practices the indicator counts in this period (see `periodIndex`).
  const last = period.number === periods.length;
  const counted = {
    from: period.number === 1 ? null : period.start,
    to: last || period.end > today ? today : period.end,
  };
  const [contributions, workPackages, records, indicators, finance, claim] = await Promise.all([
    periodContributions(ctx, periodNumber, partners),
    assessedWorkPackages(ctx, report?.id ?? null),
    periodRecords({
      full: fullView(ctx),
      w: windowOf(period, today),
      counted,
      names,
      reportId: report?.id ?? null,
    }),
    periodIndicators(ctx, periodNumber, now, names),
    periodFinance(ctx, period, partners),
    periodClaim(ctx, report?.id ?? null, partners),
  ]);
  const { deliverables, outputs, annexed } = records;
  const evidence = [...deliverables, ...outputs].map((r) => r.evidence);
  return {
    format: PERIOD_REPORT_FORMAT,
    formatVersion: PERIOD_REPORT_FORMAT_VERSION,
    generatedAt: now.toISOString(),
    project: head,
    period: { number: period.number, start: period.start, end: period.end },
    report: { status: "draft", version: null, submittedAt: null, submittedBy: null },
    highlights: report?.highlights ?? "",
    partners,
    contributions,
    workPackages,
    deliverables,
    outputs,
    indicators,
    annexes: annexList(annexed, evidence),
    finance,
    claim,
  };
}

/** Every partner's contribution status; the narrative only once it is submitted. */
async function periodContributions(
  ctx: ProjectCtx,
  periodNumber: number,
  partners: ReportPartner[],
): Promise<ReportContributionEntry[]> {
  const rows = await ctx.db
    .selectFrom("report_contributions")
    .selectAll()
    .where("project_id", "=", ctx.access.projectId)
    .where("period_number", "=", periodNumber)
    .execute();
  return partners.map((p) => {
    const c = rows.find((r) => r.partner_id === p.id);
    const text = c?.status === "submitted";
    return {
      partnerId: p.id,
      partner: p.shortName,
      status: c?.status ?? "not_started",
      submittedAt: text && c.submitted_at ? new Date(c.submitted_at).toISOString() : null,
      activities: text ? c.activities : "",
      stakeholderInvolvement: text ? c.stakeholder_involvement : "",
      communication: text ? c.communication : "",
      difficultiesDeviations: text ? c.difficulties_deviations : "",
    };
  });
}

/** The project's work packages with the lead coordinator's assessment for the period. */
export async function assessedWorkPackages(
  ctx: ProjectCtx,
  reportId: string | null,
): Promise<ReportWorkPackage[]> {
  const rows = await ctx.db
    .selectFrom("work_packages as wp")
    .innerJoin("partners as p", "p.id", "wp.lead_partner_id")
    .leftJoin("period_report_work_packages as a", (j) =>
      j
        .onRef("a.work_package_id", "=", "wp.id")
        .on("a.report_id", "=", reportId ?? "00000000-0000-0000-0000-000000000000"),
    )
    .select([
      "wp.id",
      "wp.number",
      "wp.title",
      "p.short_name as leadPartner",
      "a.achievement",
      "a.explanation",
    ])
    .where("wp.project_id", "=", ctx.access.projectId)
    .orderBy("wp.number")
    .execute();
  return rows.map((r) => ({
    ...r,
    achievement: r.achievement ?? null,
    explanation: r.explanation ?? "",
  }));
}
