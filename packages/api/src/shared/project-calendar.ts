import type { Db } from "@consortia/db";
import { conflict, invalid, notFound } from "../errors";
import { isoDay, type ReportingPeriod, scheduleOf } from "./calendar";
import type { ProjectCtx } from "./service-context";

/**
 * The project calendar read from the database: a project's dates, its reporting periods and
 * the period lock. Every room asks here; none computes periods on its own.
 */
export async function projectSchedule(db: Db, projectId: string, now: Date = new Date()) {
  const p = await db
    .selectFrom("projects")
    .select(["start_date", "end_date", "core_phase_end"])
    .where("id", "=", projectId)
    .executeTakeFirst();
  if (!p) throw notFound("Project");
  return scheduleOf(
    { startDate: p.start_date, endDate: p.end_date, corePhaseEnd: p.core_phase_end },
    isoDay(now),
  );
}

/** A period of the project that has begun by `now`: nobody reports on a period ahead of time. */
export async function startedPeriod(
  ctx: ProjectCtx,
  periodNumber: number,
  now: Date,
): Promise<ReportingPeriod> {
  const { periods } = await projectSchedule(ctx.db, ctx.access.projectId, now);
  return startedPeriodOf(periods, periodNumber, isoDay(now));
}

/** A period of the project, begun or not; a number outside it is a field error. */
export function projectPeriodOf(
  periods: readonly ReportingPeriod[],
  periodNumber: number,
): ReportingPeriod {
  const period = periods.find((p) => p.number === periodNumber);
  if (!period)
    throw invalid("Choose a reporting period of the project", {
      periodNumber: [
        periods.length
          ? `The project's reporting periods are 1 to ${periods.length}`
          : "The project has no reporting periods",
      ],
    });
  return period;
}

/** `startedPeriod` of periods already read; throws the same errors. */
export function startedPeriodOf(
  periods: readonly ReportingPeriod[],
  periodNumber: number,
  today: string,
): ReportingPeriod {
  const period = projectPeriodOf(periods, periodNumber);
  if (period.start > today)
    throw invalid("This period has not begun", {
      periodNumber: [`Period ${periodNumber} begins on ${period.start}`],
    });
  return period;
}

/**
 * The period lock. A submitted progress report locks its period: the partners' contributions
 * and the indicator values it reports stay as they were submitted until a lead coordinator
 * reopens it. `what` completes the message ("contributions", "indicator values"). Call it with
 * the transaction that writes: its share lock on the report row makes a concurrent submission
 * (which locks the row for update) wait for the write, or the write wait for the submission
 * and then see the period locked.
 */
export async function assertPeriodOpen(
  db: Db,
  projectId: string,
  periodNumber: number,
  what: string,
): Promise<void> {
  const report = await db
    .selectFrom("period_reports")
    .select("status")
    .where("project_id", "=", projectId)
    .where("period_number", "=", periodNumber)
    .forShare()
    .executeTakeFirst();
  if (report?.status === "submitted")
    throw conflict(
      `The progress report of period ${periodNumber} is submitted, so its ${what} are locked; a lead coordinator must reopen the report first`,
    );
}
