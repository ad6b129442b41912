import { forbidden, notFound } from "../errors";
import { startedPeriod } from "../shared/project-calendar";
import { isObserver } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { composePeriodReport } from "./compose";
import { findPeriodReport } from "./lock";
import type { PeriodReportModel } from "./model";
import { forViewer } from "./visibility";

/** A submitted version's frozen report, or null. */
export async function readVersion(
  ctx: ProjectCtx,
  reportId: string,
  number: number,
): Promise<PeriodReportModel | null> {
  const row = await ctx.db
    .selectFrom("period_report_versions")
    .select("content")
    .where("project_id", "=", ctx.access.projectId)
    .where("report_id", "=", reportId)
    .where("number", "=", number)
    .executeTakeFirst();
  return row ? (row.content as PeriodReportModel) : null;
}

/** Observers read what the partnership submitted, never the lead coordinator's draft. */
export const readsDraft = (ctx: ProjectCtx) => !isObserver(ctx.access);

/**
 * The period's progress report as the caller may read it, documents filtered for them:
 * - with `version`: that submitted version, exactly as it was submitted;
 * - a submitted report: its latest version (later edits to records do not change it);
 * - a draft: composed live from the records — for observers, the latest submitted version
 *   instead, and FORBIDDEN when there is none yet.
 * The export routes render exactly this value.
 */
export async function loadPeriodReport(
  ctx: ProjectCtx,
  input: { periodNumber: number; version?: number },
  now: Date,
): Promise<PeriodReportModel> {
  await startedPeriod(ctx, input.periodNumber, now);
  const report = await findPeriodReport(ctx.db, ctx.access.projectId, input.periodNumber);
  let model: PeriodReportModel | null;
  if (input.version !== undefined) {
    model = report ? await readVersion(ctx, report.id, input.version) : null;
    if (!model) throw notFound(`Version ${input.version} of this progress report`);
  } else if (report && (report.status === "submitted" || !readsDraft(ctx))) {
    model =
      report.latest_version > 0 ? await readVersion(ctx, report.id, report.latest_version) : null;
  } else {
    model = readsDraft(ctx) ? await composePeriodReport(ctx, input.periodNumber, now) : null;
  }
  if (!model)
    throw forbidden(
      `Observers read the progress report of period ${input.periodNumber} once the lead coordinator has submitted it`,
    );
  return forViewer(ctx, model);
}
