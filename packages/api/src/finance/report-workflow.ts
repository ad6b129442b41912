import type { Db } from "@consortia/db";
import { sql } from "kysely";
import { conflict, forbidden, invalid, notFound, staleVersion } from "../errors";
import { notify, triggerDispatch } from "../notifications";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { monthOf, ratesOf } from "./report-amounts";
import { buildModel, findReport, projectPartner, projectPeriod } from "./report-model";
import { toEuroCents } from "./rules";

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
    const updated = await updateVersioned(
      trx,
      "financial_reports",
      {
        id: row.id,
        version: row.version,
        status: ["draft", "returned"],
        label: "This financial report",
        projectId,
      },
      {
        status: "submitted",
        latest_version: number,
        submitted_at: now,
        submitted_by: ctx.actor.userId,
        rate_month: month,
        updated_by: ctx.actor.userId,
        updated_at: now,
      },
      ["id", "version"],
    );
    // Read under the report's row lock, so no item changes between conversion and snapshot.
    await convertItems(trx, await conversions(trx, projectId, row.id, month));
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
    await notify(trx, await leadCoordinators(trx, projectId, ctx.actor.userId), {
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

/** Each item's rate and euro amount at `month`; a currency without a rate is a field error. */
async function conversions(db: Db, projectId: string, reportId: string, month: string) {
  const items = await db
    .selectFrom("expenditure_items")
    .select(["id", "currency", "declared_cents"])
    .where("report_id", "=", reportId)
    .execute();
  const rates = await ratesOf(
    db,
    projectId,
    month,
    items.map((i) => i.currency),
  );
  const missing = [...new Set(items.map((i) => i.currency))]
    .filter((c) => c !== "EUR" && !rates.has(c))
    .sort();
  const lines = missing.map(
    (c) =>
      `No ${c} rate for ${month.slice(0, 7)}: the lead coordinator adds it under Finance → Rates`,
  );
  if (lines.length) throw invalid(lines.join(". "), { rates: lines });
  return items.map((i) => {
    const rate = i.currency === "EUR" ? "1" : (rates.get(i.currency) ?? "1");
    return { id: i.id, rate, eur: toEuroCents(i.declared_cents, rate) };
  });
}

/** Sets each item's rate and euro amount, a batch of rows per statement. */
async function convertItems(db: Db, rows: { id: string; rate: string; eur: number }[]) {
  for (let i = 0; i < rows.length; i += 500) {
    const values = sql.join(
      rows.slice(i, i + 500).map((r) => sql`(${r.id}::uuid, ${r.rate}::numeric, ${r.eur}::bigint)`),
    );
    await sql`update expenditure_items as e set conversion_rate = v.rate, eur_cents = v.eur
      from (values ${values}) as v(id, rate, eur) where e.id = v.id`.execute(db);
  }
}

/** The project's active lead coordinators, the actor left out. */
async function leadCoordinators(db: Db, projectId: string, actorId: string) {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.id")
    .where("memberships.project_id", "=", projectId)
    .where("memberships.role", "=", "lead_coordinator")
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .where("users.id", "<>", actorId)
    .execute();
  return rows.map((r) => r.id);
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
  const projectId = ctx.access.projectId;
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const updated = await updateVersioned(
      trx,
      "financial_reports",
      {
        id: row.id,
        version: row.version,
        status: ["submitted"],
        label: "This financial report",
        projectId,
      },
      {
        status: "returned",
        return_comment: comment,
        returned_at: now,
        returned_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
        updated_at: now,
      },
      ["id", "version"],
    );
    await auditChange(trx, ctx, {
      entity: "financial_report",
      entityId: row.id,
      action: "return",
      summary: `${partner.name}: financial report of period ${period.number} returned — ${comment}`,
      data: { partnerId: partner.id, periodNumber: period.number, comment },
    });
    const editors = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select("users.id")
      .where("memberships.project_id", "=", projectId)
      .where("memberships.partner_id", "=", partner.id)
      .where("memberships.role", "=", "partner_editor")
      .where("memberships.is_active", "=", true)
      .where("users.is_active", "=", true)
      .where("users.id", "<>", ctx.actor.userId)
      .execute();
    await notify(
      trx,
      editors.map((e) => e.id),
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
