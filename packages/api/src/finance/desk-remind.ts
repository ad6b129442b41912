import { sql } from "kysely";
import { recordAudit } from "../audit";
import { conflict, invalid } from "../errors";
import { triggerDispatch } from "../notifications";
import { daysBetween, isoDay } from "../shared/calendar";
import { projectPeriodOf, projectSchedule } from "../shared/project-calendar";
import { assertProjectPartner, partnerEditors } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";

/** The notification event a reminder becomes (notifications/kinds.ts maps it to "reminder"). */
export const FINANCIAL_REPORT_REMINDER = "financial_report_reminder";

/** A report reminded of is not reminded of again within this many hours. */
export const REMIND_AGAIN_AFTER_HOURS = 12;

export type FinanceRemindInput = { partnerId: string; periodNumber: number };

/**
 * The money desk's one-click reminder: a lead coordinator reminds a partner's editors that
 * its financial report of a period is due (or overdue). One notification event addressed to
 * the partner's active editors and its audit entry are written in one transaction; the
 * notifications dispatch then delivers it in-app and, by each person's choice for "Reminder
 * from the lead partner", by e-mail. A report already submitted, or reminded of in the last
 * 12 hours, is not reminded of.
 */
export async function remindFinancialReport(ctx: ProjectCtx, input: FinanceRemindInput, now: Date) {
  const projectId = ctx.access.projectId;
  await assertProjectPartner(ctx.db, projectId, "partnerId", input.partnerId);
  const { periods } = await projectSchedule(ctx.db, projectId, now);
  const period = projectPeriodOf(periods, input.periodNumber);
  const today = isoDay(now);
  const since = new Date(now.getTime() - REMIND_AGAIN_AFTER_HOURS * 3_600_000);
  const result = await ctx.db.transaction().execute(async (trx) => {
    // Serialised per partner, so two lead coordinators clicking at once send one reminder.
    await sql`select pg_advisory_xact_lock(hashtext(${`remind-finance:${input.partnerId}`}))`.execute(
      trx,
    );
    const [partner, report, editors, recent] = await Promise.all([
      trx
        .selectFrom("partners")
        .select("short_name")
        .where("id", "=", input.partnerId)
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom("financial_reports")
        .select(["id", "status"])
        .where("partner_id", "=", input.partnerId)
        .where("period_number", "=", period.number)
        // Read under lock, so a submission in flight either comes first (refused) or after.
        .forShare()
        .executeTakeFirst(),
      partnerEditors(trx, projectId, [input.partnerId]),
      trx
        .selectFrom("notification_events")
        .select("id")
        .where("project_id", "=", projectId)
        .where("kind", "=", FINANCIAL_REPORT_REMINDER)
        .where("entity_id", "=", input.partnerId)
        .where(sql<string>`data->>'periodNumber'`, "=", String(period.number))
        .where("created_at", ">", since)
        .executeTakeFirst(),
    ]);
    if (report?.status === "submitted")
      throw conflict(
        `${partner.short_name} has already submitted its financial report for period ${period.number}`,
      );
    if (recent)
      throw conflict(
        `${partner.short_name} was reminded of this report in the last ${REMIND_AGAIN_AFTER_HOURS} hours`,
      );
    const to = editors.map((e) => e.id).filter((id) => id !== ctx.actor.userId);
    if (to.length === 0)
      throw invalid(`${partner.short_name} has no editor to remind`, {
        partnerId: [`${partner.short_name} has no active partner editor`],
      });
    await trx
      .insertInto("notification_events")
      .values({
        project_id: projectId,
        kind: FINANCIAL_REPORT_REMINDER,
        entity: "financial_report",
        entity_id: input.partnerId,
        actor_id: ctx.actor.userId,
        recipient_ids: to,
        data: JSON.stringify({
          code: `Financial report for period ${period.number}`,
          dueDate: period.partnerReportDue,
          periodNumber: period.number,
        }),
      })
      .execute();
    const late = period.partnerReportDue < today;
    await recordAudit(trx, {
      projectId,
      actorId: ctx.actor.userId,
      entity: "financial_report",
      entityId: report?.id ?? null,
      action: "remind",
      summary: `${partner.short_name} reminded of its financial report for period ${period.number} (due ${period.partnerReportDue}${late ? `, ${daysBetween(period.partnerReportDue, today)} days overdue` : ""})`,
      data: { partnerId: input.partnerId, periodNumber: period.number, recipients: to.length },
    });
    return { people: to.length, due: period.partnerReportDue };
  });
  await triggerDispatch(ctx);
  return result;
}
