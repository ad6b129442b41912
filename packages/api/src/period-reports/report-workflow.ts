import { conflict, invalid, staleVersion } from "../errors";
import { FieldNotes } from "../shared/field-notes";
import { startedPeriod } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { assessedWorkPackages, composePeriodReport } from "./compose";
import { findPeriodReport, lockPeriodReport } from "./lock";
import type { PeriodReportModel, ReportWorkPackage } from "./model";
import { ACHIEVEMENT_LABELS, REOPEN_REASON_MIN } from "./report-schemas";
import { assertLead } from "./write";

type Versioned = { periodNumber: number; version: number };

/** What must be filled in before a report is submitted, as one list of field messages. */
export function submissionNotes(highlights: string, workPackages: ReportWorkPackage[]) {
  const notes = new FieldNotes();
  if (!highlights.trim())
    notes.add("highlights", "Write the highlights of the period before submitting");
  for (const wp of workPackages) {
    const field = `workPackages.${wp.id}`;
    if (wp.achievement === null)
      notes.add(field, `Assess WP${wp.number}: fully, partly or not achieved`);
    else if (wp.achievement !== "fully" && !wp.explanation.trim())
      notes.add(
        field,
        `Explain why WP${wp.number} was ${ACHIEVEMENT_LABELS[wp.achievement].toLowerCase()}`,
      );
  }
  return notes;
}

/**
 * Submits the period's report: checks it is complete, stores the composed report as the
 * next immutable version and locks the period (contributions, indicator values and the
 * report itself) until a lead coordinator reopens it.
 */
export async function submitReport(ctx: ProjectCtx, input: Versioned, now: Date) {
  assertLead(ctx);
  const projectId = ctx.access.projectId;
  await startedPeriod(ctx, input.periodNumber, now);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await lockPeriodReport(trx, projectId, input.periodNumber);
    if (row && row.version !== input.version) throw staleVersion("This report");
    if (row?.status === "submitted") throw conflict("This report is already submitted");
    const notes = submissionNotes(
      row?.highlights ?? "",
      await assessedWorkPackages(tctx, row?.id ?? null),
    );
    notes.throwIfAny();
    if (!row) throw invalid("Some fields need attention", notes.notes);
    const number = row.latest_version + 1;
    const submitter = await trx
      .selectFrom("users")
      .select("name")
      .where("id", "=", ctx.actor.userId)
      .executeTakeFirst();
    const live = await composePeriodReport(tctx, input.periodNumber, now);
    const content: PeriodReportModel = {
      ...live,
      report: {
        status: "submitted",
        version: number,
        submittedAt: now.toISOString(),
        submittedBy: submitter?.name ?? null,
      },
    };
    const updated = await updateVersioned(
      trx,
      "period_reports",
      { id: row.id, version: row.version, status: ["draft"], label: "This report" },
      {
        status: "submitted",
        latest_version: number,
        updated_by: ctx.actor.userId,
        updated_at: now,
      },
    );
    await trx
      .insertInto("period_report_versions")
      .values({
        report_id: row.id,
        project_id: projectId,
        number,
        content: JSON.stringify(content),
        submitted_at: now,
        submitted_by: ctx.actor.userId,
      })
      .execute();
    await auditChange(trx, ctx, {
      entity: "period_report",
      entityId: row.id,
      action: "submit",
      summary: `Progress report of period ${row.period_number} submitted as version ${number}`,
      data: { periodNumber: row.period_number, reportVersion: number },
    });
    return { id: updated.id, status: updated.status, version: updated.version, number };
  });
}

/** A lead coordinator reopens a submitted report with a reason; the next submission is a new version. */
export async function reopenReport(
  ctx: ProjectCtx,
  input: Versioned & { reason: string },
  now: Date,
) {
  assertLead(ctx);
  const projectId = ctx.access.projectId;
  const reason = input.reason.trim();
  if (reason.length < REOPEN_REASON_MIN)
    throw invalid("Some fields need attention", {
      reason: [`Say why the report is reopened (at least ${REOPEN_REASON_MIN} characters)`],
    });
  await startedPeriod(ctx, input.periodNumber, now);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findPeriodReport(trx, projectId, input.periodNumber);
    if (row?.status !== "submitted")
      throw conflict("Only a submitted progress report can be reopened");
    if (row.version !== input.version) throw staleVersion("This report");
    const updated = await updateVersioned(
      trx,
      "period_reports",
      { id: row.id, version: row.version, status: ["submitted"], label: "This report" },
      {
        status: "draft",
        reopen_reason: reason,
        reopened_at: now,
        reopened_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
        updated_at: now,
      },
    );
    await auditChange(trx, ctx, {
      entity: "period_report",
      entityId: row.id,
      action: "reopen",
      summary: `Progress report of period ${row.period_number} reopened — ${reason}`,
      data: { periodNumber: row.period_number, reason, reportVersion: row.latest_version },
    });
    return { id: updated.id, status: updated.status, version: updated.version };
  });
}
