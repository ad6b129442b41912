import type { Db, FinancialReport } from "@consortia/db";
import { conflict } from "../errors";
import type { ReportingPeriod } from "../shared/calendar";
import { isoDay } from "../shared/calendar";
import { projectSchedule, startedPeriodOf } from "../shared/project-calendar";
import { assertProjectPartner } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";

/**
 * The partner's financial report of a period, to change its list of expenditure: created as
 * a draft on the first change, and refused while it is submitted (a returned report is
 * editable again). The period must have begun; it comes with the report. Call it in the transaction that writes: the
 * report row is locked for update, so a concurrent submission waits for the change (or the
 * change waits and then sees the report locked).
 */
export async function editableReport(
  ctx: ProjectCtx,
  partnerId: string,
  periodNumber: number,
  now: Date = new Date(),
  db: Db = ctx.db,
): Promise<FinancialReport & { period: ReportingPeriod }> {
  const projectId = ctx.access.projectId;
  await assertProjectPartner(db, projectId, "partnerId", partnerId);
  // Read with `db`: inside a transaction, the context's own connection would wait for it.
  const { periods } = await projectSchedule(db, projectId, now);
  const period = startedPeriodOf(periods, periodNumber, isoDay(now));
  await db
    .insertInto("financial_reports")
    .values({
      project_id: projectId,
      partner_id: partnerId,
      period_number: periodNumber,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    })
    .onConflict((oc) => oc.columns(["partner_id", "period_number"]).doNothing())
    .execute();
  const report = await db
    .selectFrom("financial_reports")
    .selectAll()
    .where("partner_id", "=", partnerId)
    .where("period_number", "=", periodNumber)
    .where("project_id", "=", projectId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (report.status === "submitted")
    throw conflict(
      `The financial report of period ${periodNumber} is submitted, so its expenditure is locked; the lead coordinator must return it before it can change`,
    );
  return { ...report, period };
}
