import { isoDay } from "../shared/calendar";
import { projectSchedule, startedPeriod } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { loadPeriodReport, readsDraft } from "./load";
import { findPeriodReport } from "./lock";

export type ReportStatus = "not_started" | "draft" | "submitted";

/** Every reporting period of the project with its report's state and who has contributed. */
export async function listPeriodReports(ctx: ProjectCtx, now: Date) {
  const projectId = ctx.access.projectId;
  const today = isoDay(now);
  const [{ periods }, reports, partners, submitted] = await Promise.all([
    projectSchedule(ctx.db, projectId),
    ctx.db
      .selectFrom("period_reports as r")
      .leftJoin("period_report_versions as v", (j) =>
        j.onRef("v.report_id", "=", "r.id").onRef("v.number", "=", "r.latest_version"),
      )
      .select(["r.period_number as number", "r.status", "r.latest_version", "v.submitted_at"])
      .where("r.project_id", "=", projectId)
      .execute(),
    ctx.db
      .selectFrom("partners")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("report_contributions")
      .select(["period_number as number", (eb) => eb.fn.countAll<string>().as("n")])
      .where("project_id", "=", projectId)
      .where("status", "=", "submitted")
      .groupBy("period_number")
      .execute(),
  ]);
  return periods.map((p) => {
    const r = reports.find((x) => x.number === p.number);
    const status: ReportStatus = r?.status ?? "not_started";
    return {
      number: p.number,
      start: p.start,
      end: p.end,
      begun: p.start <= today,
      status,
      latestVersion: r && r.latest_version > 0 ? r.latest_version : null,
      submittedAt: r?.submitted_at ? new Date(r.submitted_at).toISOString() : null,
      contributions: {
        submitted: Number(submitted.find((s) => s.number === p.number)?.n ?? 0),
        total: Number(partners.n),
      },
    };
  });
}

/** The submitted versions of a report, oldest first. */
export function listVersions(ctx: ProjectCtx, reportId: string) {
  return ctx.db
    .selectFrom("period_report_versions as v")
    .leftJoin("users as u", "u.id", "v.submitted_by")
    .select(["v.number", "v.submitted_at as submittedAt", "u.name as submittedBy"])
    .where("v.project_id", "=", ctx.access.projectId)
    .where("v.report_id", "=", reportId)
    .orderBy("v.number")
    .execute();
}

/**
 * The period's report as the caller may read it (see loadPeriodReport) with what the page
 * needs around it: the row's state and optimistic version (0 before the first save), the
 * versions, and what the caller may do.
 */
export async function getPeriodReport(
  ctx: ProjectCtx,
  input: { periodNumber: number; version?: number | undefined },
  now: Date,
) {
  await startedPeriod(ctx, input.periodNumber, now);
  const model = await loadPeriodReport(
    ctx,
    input.version === undefined
      ? { periodNumber: input.periodNumber }
      : { periodNumber: input.periodNumber, version: input.version },
    now,
  );
  const row = await findPeriodReport(ctx.db, ctx.access.projectId, input.periodNumber);
  const reopenedBy = row?.reopened_by
    ? await ctx.db
        .selectFrom("users")
        .select("name")
        .where("id", "=", row.reopened_by)
        .executeTakeFirst()
    : undefined;
  const status: ReportStatus = row?.status ?? "not_started";
  const lead = ctx.access.isLead;
  return {
    meta: {
      id: row?.id ?? null,
      status,
      version: row?.version ?? 0,
      highlights: readsDraft(ctx) ? (row?.highlights ?? "") : model.highlights,
      reopenReason: row?.reopen_reason ?? null,
      reopenedAt: row?.reopened_at ? new Date(row.reopened_at).toISOString() : null,
      reopenedBy: reopenedBy?.name ?? null,
      versions: row
        ? (await listVersions(ctx, row.id)).map((v) => ({
            number: v.number,
            submittedAt: new Date(v.submittedAt).toISOString(),
            submittedBy: v.submittedBy ?? null,
          }))
        : [],
      can: {
        edit: lead && status !== "submitted",
        submit: lead && status !== "submitted",
        reopen: lead && status === "submitted",
        // A submitted report locks its period, contributions included.
        returnContributions: lead && status !== "submitted",
      },
    },
    model,
  };
}
