import { conflict, forbidden, invalid, notFound, staleVersion } from "../errors";
import { notify, triggerDispatch } from "../notifications";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { stampCorrections } from "./corrections-service";
import { monthOf } from "./report-amounts";
import { buildModel, findReport, projectPartner, projectPeriod } from "./report-model";
import { conversions, convertItems, move, recipients } from "./report-steps";

type Ref = { partnerId: string; periodNumber: number; version: number };

export const reportLink = (projectId: string, periodNumber: number, partnerId: string) =>
  `/projects/${projectId}/finance/reports/${periodNumber}/${partnerId}`;

async function loadForChange(ctx: ProjectCtx, input: Ref, now: Date) {
  const projectId = ctx.access.projectId;
  const partner = await projectPartner(ctx.db, projectId, input.partnerId);
  const period = await projectPeriod(ctx.db, projectId, input.periodNumber, now);
  const row = await findReport(ctx.db, projectId, partner.id, period.number);
  return { partner, period, row };
}

/**
 * The partner's editors (or a lead coordinator) submit a draft or returned report: each item
 * is converted at the rate of the month of submission (euro items at 1), the report locks and
 * the whole report is kept as an immutable snapshot; the lead coordinators are notified.
 */
export async function submitReport(ctx: ProjectCtx, input: Ref, now: Date) {
  const { partner, period, row } = await loadForChange(ctx, input, now);
  if (!actsForPartner(ctx.access, partner.id))
    throw forbidden("Only the partner's editors and lead coordinators submit its financial report");
  if (row?.status === "submitted") throw conflict("This financial report is already submitted");
  if (period.start > now.toISOString().slice(0, 10))
    throw invalid("This period has not begun", {
      periodNumber: [`Period ${period.number} begins on ${period.start}`],
    });
  const projectId = ctx.access.projectId;
  const items = row
    ? await ctx.db
        .selectFrom("expenditure_items")
        .select("id")
        .where("report_id", "=", row.id)
        .limit(1)
        .execute()
    : [];
  if (!row || items.length === 0)
    throw invalid("The report is empty: add the expenditure of the period before submitting it", {
      items: ["Add the expenditure of the period before submitting the report"],
    });
  if (row.version !== input.version) throw staleVersion("This financial report");
  const signed = await ctx.db
    .selectFrom("partner_finance")
    .select("agreement_signed_on")
    .where("partner_id", "=", partner.id)
    .executeTakeFirst();
  if (!signed?.agreement_signed_on) {
    const why = `${partner.shortName} has not signed the partnership agreement: the lead coordinator records the signature under Finance → Budget before the report can be submitted`;
    throw invalid(why, { agreement: [why] });
  }
  const month = monthOf(now);
  const number = row.latest_version + 1;
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const updated = await move(trx, ctx, row, ["draft", "returned"], now, {
      status: "submitted",
      latest_version: number,
      submitted_at: now,
      submitted_by: ctx.actor.userId,
      rate_month: month,
    });
    // Read under the report's row lock, so no item changes between conversion and snapshot.
    await convertItems(trx, await conversions(trx, projectId, row.id, month));
    await stampCorrections(
      trx,
      projectId,
      partner,
      { id: row.id, periodNumber: period.number },
      now,
    );
    const content = await buildModel(trx, projectId, partner.id, period.number, now);
    await trx
      .insertInto("financial_report_versions")
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
      entity: "financial_report",
      entityId: row.id,
      action: "submit",
      summary: `${partner.name}: financial report of period ${period.number} submitted (version ${number})`,
      data: {
        partnerId: partner.id,
        periodNumber: period.number,
        version: number,
        eligibleCents: content.eligibleCents,
        rateMonth: month,
      },
    });
    await notify(trx, await recipients(trx, ctx, { role: "lead_coordinator" }), {
      kind: "submitted",
      projectId,
      title: `${partner.shortName} submitted its financial report of period ${period.number}`,
      body: `${ctx.actor.name} submitted the financial report of ${partner.name} for period ${period.number} (version ${number}).`,
      link: reportLink(projectId, period.number, partner.id),
      dedupeKey: `financial-report:${row.id}:submit:${number}`,
    });
    return updated;
  });
  await triggerDispatch(ctx);
  return { id: saved.id, version: saved.version, status: "submitted" as const, number };
}

/** A lead coordinator returns a submitted report to the partner with a comment. */
export async function returnReport(ctx: ProjectCtx, input: Ref & { comment: string }, now: Date) {
  const comment = input.comment.trim();
  if (!comment)
    throw invalid("Some fields need attention", {
      comment: ["Say what the partner should change"],
    });
  if (!ctx.access.isLead) throw forbidden("Only lead coordinators return a financial report");
  const { partner, period, row } = await loadForChange(ctx, input, now);
  if (!row) throw notFound("Financial report");
  if (row.status !== "submitted")
    throw conflict("Only a submitted financial report can be returned");
  if (row.version !== input.version) throw staleVersion("This financial report");
  // Issue 19: once the controller has taken the report into control, the items under control
  // must not change; findings go through the control (deductions, parked items) instead.
  const inControl = await ctx.db
    .selectFrom("controls")
    .select("id")
    .where("report_id", "=", row.id)
    .executeTakeFirst();
  if (inControl)
    throw conflict(
      "The controller has taken this report into control, so it can no longer be returned: the controller deducts or parks what is wrong, and a later report can take parked items",
    );
  const projectId = ctx.access.projectId;
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const updated = await move(trx, ctx, row, ["submitted"], now, {
      status: "returned",
      return_comment: comment,
      returned_at: now,
      returned_by: ctx.actor.userId,
    });
    await auditChange(trx, ctx, {
      entity: "financial_report",
      entityId: row.id,
      action: "return",
      summary: `${partner.name}: financial report of period ${period.number} returned — ${comment}`,
      data: { partnerId: partner.id, periodNumber: period.number, comment },
    });
    await notify(
      trx,
      await recipients(trx, ctx, { role: "partner_editor", partnerId: partner.id }),
      {
        kind: "changes_requested",
        projectId,
        title: `Financial report of period ${period.number} returned`,
        body: `${ctx.actor.name} returned the financial report of ${partner.name} for period ${period.number}:\n\n“${comment}”`,
        link: reportLink(projectId, period.number, partner.id),
        dedupeKey: `financial-report:${row.id}:return:${row.latest_version}`,
      },
    );
    return updated;
  });
  await triggerDispatch(ctx);
  return { id: saved.id, version: saved.version, status: "returned" as const };
}
