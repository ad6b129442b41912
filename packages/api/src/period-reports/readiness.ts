import { startedPeriod } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { listCertificates } from "./claim";
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
 *   report and can no longer be submitted), and control certificates neither included nor left
 *   for the next report (they stay out of this report's financial part);
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
  const [workPackages, partners, contributions, choices] = await Promise.all([
    assessedWorkPackages(ctx, row?.id ?? null),
    projectPartners(ctx.db, projectId),
    ctx.db
      .selectFrom("report_contributions")
      .select(["partner_id", "status"])
      .where("project_id", "=", projectId)
      .where("period_number", "=", period.number)
      .execute(),
    listCertificates(ctx, { periodNumber: period.number }, now),
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
      certificates: choices.certificates
        .filter((c) => c.state === "undecided")
        .map((c) => ({
          certificateId: c.certificateId,
          partner: c.partner,
          periodNumber: c.periodNumber,
          number: c.number,
        })),
    },
    locks: {
      contributions: { submitted: partners.length - missing.length, total: partners.length },
      indicatorValues: true,
      /** The financial part: which certificates are included. */
      certificates: choices.certificates.filter((c) => c.state === "included").length,
      report: true,
    },
  };
}

export type SubmissionReadiness = Awaited<ReturnType<typeof submissionReadiness>>;
