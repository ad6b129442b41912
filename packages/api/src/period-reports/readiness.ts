import { startedPeriod } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { assessedWorkPackages } from "./compose";
import { findPeriodReport } from "./lock";
import { submissionNotes } from "./report-workflow";
import { assertLead } from "./write";

/**
 * What submitting the period's report would do and what it would leave incomplete, as saved
 * now: asked before the lead coordinator confirms a submission (issue 16, item 7).
 *
 * - `blocking`: what the submission refuses, by field (the notes `submitReport` throws);
 * - `incomplete`: what it accepts but the programme may ask about — work packages without an
 *   explanation and partners whose contribution is not submitted (their draft stays out of the
 *   report and can no longer be submitted);
 * - `locks`: what the submission freezes until a lead coordinator reopens the report.
 */
export async function submissionReadiness(
  ctx: ProjectCtx,
  input: { periodNumber: number },
  now: Date,
) {
  assertLead(ctx);
  const projectId = ctx.access.projectId;
  const period = await startedPeriod(ctx, input.periodNumber, now);
  const row = await findPeriodReport(ctx.db, projectId, period.number);
  const [workPackages, partners, contributions] = await Promise.all([
    assessedWorkPackages(ctx, row?.id ?? null),
    projectPartners(ctx.db, projectId),
    ctx.db
      .selectFrom("report_contributions")
      .select(["partner_id", "status"])
      .where("project_id", "=", projectId)
      .where("period_number", "=", period.number)
      .execute(),
  ]);
  const statusOf = new Map(contributions.map((c) => [c.partner_id, c.status]));
  const notes = submissionNotes(row?.highlights ?? "", workPackages);
  const missing = partners
    .map((p) => ({
      partnerId: p.id,
      partner: p.shortName,
      status: statusOf.get(p.id) ?? ("not_started" as const),
    }))
    .filter((c) => c.status !== "submitted");
  return {
    periodNumber: period.number,
    status: row?.status ?? ("not_started" as const),
    /** The version the submission would create. */
    nextVersion: (row?.latest_version ?? 0) + 1,
    blocking: notes.notes,
    incomplete: {
      workPackages: workPackages
        .filter((wp) => !wp.explanation.trim())
        .map((wp) => ({
          id: wp.id,
          number: wp.number,
          title: wp.title,
          achievement: wp.achievement,
        })),
      contributions: missing,
    },
    locks: {
      contributions: { submitted: partners.length - missing.length, total: partners.length },
      indicatorValues: true,
      report: true,
    },
  };
}

export type SubmissionReadiness = Awaited<ReturnType<typeof submissionReadiness>>;
