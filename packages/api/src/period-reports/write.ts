import type { Db, WorkPackageAchievement } from "@consortia/db";
import { attachDocuments, detachDocument } from "../documents";
import { conflict, forbidden, invalid, staleVersion } from "../errors";
import { startedPeriod } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, orStale, updateOrInsert } from "../shared/versioned";
import { findPeriodReport } from "./lock";

export type Assessment = {
  workPackageId: string;
  achievement: WorkPackageAchievement | null;
  explanation: string;
};
export type SaveInput = {
  periodNumber: number;
  version?: number | undefined;
  highlights: string;
  workPackages: Assessment[];
};

const ANNEX = "progress_report" as const;

export function assertLead(ctx: ProjectCtx) {
  if (!ctx.access.isLead)
    throw forbidden("Only lead coordinators consolidate the period's progress report");
}

export const lockedMessage = (n: number) =>
  `The progress report of period ${n} is submitted; a lead coordinator must reopen it before it changes`;

/**
 * Saves the lead coordinator's highlights and work-package assessments. The first save
 * creates the report (version 0 or none), later ones name the version they were based on.
 * A submitted report is locked until it is reopened.
 */
export async function saveReport(ctx: ProjectCtx, input: SaveInput, now: Date) {
  assertLead(ctx);
  const projectId = ctx.access.projectId;
  await startedPeriod(ctx, input.periodNumber, now);
  const ids = [...new Set(input.workPackages.map((w) => w.workPackageId))];
  if (ids.length < input.workPackages.length)
    throw invalid("Some fields need attention", {
      workPackages: ["Each work package may be assessed once"],
    });
  const known = ids.length
    ? await ctx.db
        .selectFrom("work_packages")
        .select("id")
        .where("project_id", "=", projectId)
        .where("id", "in", ids)
        .execute()
    : [];
  const unknown = ids.filter((id) => !known.some((k) => k.id === id));
  if (unknown.length)
    throw invalid(
      "Some fields need attention",
      Object.fromEntries(
        unknown.map((id) => [
          `workPackages.${id}`,
          ["This work package is not part of the project"],
        ]),
      ),
    );
  return orStale("This report", () =>
    ctx.db.transaction().execute(async (trx) => {
      const existing = await findPeriodReport(trx, projectId, input.periodNumber);
      const based = input.version ?? 0;
      if (existing ? existing.version !== based : based !== 0) throw staleVersion("This report");
      if (existing?.status === "submitted") throw conflict(lockedMessage(input.periodNumber));
      const fields = { highlights: input.highlights, updated_by: ctx.actor.userId };
      const row = await updateOrInsert(
        trx,
        "period_reports",
        existing && { id: existing.id, version: existing.version, status: ["draft"] },
        "This report",
        {
          set: { ...fields, updated_at: now },
          values: {
            ...fields,
            project_id: projectId,
            period_number: input.periodNumber,
            created_by: ctx.actor.userId,
          },
        },
      );
      // Every assessment in one statement; a work package assessed before is updated.
      if (input.workPackages.length > 0)
        await trx
          .insertInto("period_report_work_packages")
          .values(
            input.workPackages.map((w) => ({
              report_id: row.id,
              work_package_id: w.workPackageId,
              achievement: w.achievement,
              explanation: w.explanation,
            })),
          )
          .onConflict((oc) =>
            oc.columns(["report_id", "work_package_id"]).doUpdateSet((eb) => ({
              achievement: eb.ref("excluded.achievement"),
              explanation: eb.ref("excluded.explanation"),
            })),
          )
          .execute();
      await auditChange(trx, ctx, {
        entity: "period_report",
        entityId: row.id,
        action: existing ? "update" : "create",
        summary: `Progress report of period ${row.period_number} ${existing ? "saved" : "started"}`,
        data: { periodNumber: row.period_number, version: row.version },
      });
      return { id: row.id, status: row.status, version: row.version };
    }),
  );
}

/** The report of a period, created empty when the lead coordinator first annexes something. */
async function draftReportFor(ctx: ProjectCtx, trx: Db, periodNumber: number) {
  const projectId = ctx.access.projectId;
  // Version 0 (never saved): the lead's form, opened before, still saves based on version 0.
  await trx
    .insertInto("period_reports")
    .values({
      project_id: projectId,
      period_number: periodNumber,
      version: 0,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    .onConflict((oc) => oc.columns(["project_id", "period_number"]).doNothing())
    .execute();
  const row = await findPeriodReport(trx, projectId, periodNumber);
  if (!row) throw staleVersion("This report");
  if (row.status === "submitted") throw conflict(lockedMessage(periodNumber));
  return row;
}

/** Annexes documents of the project's library to the report (the lead sees every one). */
export async function attachAnnexes(
  ctx: ProjectCtx,
  input: { periodNumber: number; documentIds: readonly string[] },
  now: Date,
) {
  assertLead(ctx);
  await startedPeriod(ctx, input.periodNumber, now);
  return ctx.db.transaction().execute(async (trx) => {
    const report = await draftReportFor(ctx, trx, input.periodNumber);
    return attachDocuments(
      { ...ctx, db: trx },
      { entity: ANNEX, entityId: report.id, documentIds: input.documentIds },
      trx,
    );
  });
}

/** Removes one annex (the document stays in the library). */
export async function detachAnnex(
  ctx: ProjectCtx,
  input: { periodNumber: number; documentId: string },
  now: Date,
) {
  assertLead(ctx);
  await startedPeriod(ctx, input.periodNumber, now);
  const report = await findPeriodReport(ctx.db, ctx.access.projectId, input.periodNumber);
  if (report?.status === "submitted") throw conflict(lockedMessage(input.periodNumber));
  if (!report)
    throw invalid("This report has no annexes", { documentId: ["Nothing is annexed yet"] });
  return detachDocument(ctx, { entity: ANNEX, entityId: report.id, documentId: input.documentId });
}
