import type { Db } from "@consortia/db";
import { conflict, invalid, notFound, staleVersion } from "../errors";
import { projectSchedule } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { correctionRows, submittedPeriods, targetPeriod } from "./corrections-read";
import { formatCents, sumCents } from "./rules";

/**
 * Financial corrections (issue 19): the lead coordinator (in part 2 also the partner's
 * controller) deducts certified expenditure found ineligible later. A correction names the
 * item, an amount up to what is certified of it and not yet corrected, and a reason; it is
 * carried by the partner's next report and fixed to it on submission.
 */

/** The certified amount of an item: its outcome in a finished control, or null. */
export async function certifiedOf(db: Db, itemId: string): Promise<number | null> {
  const row = await db
    .selectFrom("control_items as ci")
    .innerJoin("controls as c", "c.id", "ci.control_id")
    .select("ci.certified_cents")
    .where("ci.item_id", "=", itemId)
    .where("c.status", "=", "finished")
    .where("ci.outcome", "in", ["verified", "deducted"])
    .executeTakeFirst();
  return row?.certified_cents ?? null;
}

/** What is corrected of an item so far. */
export async function correctedOf(db: Db, itemId: string): Promise<number> {
  const rows = await db
    .selectFrom("financial_corrections")
    .select("amount_cents")
    .where("item_id", "=", itemId)
    .execute();
  return sumCents(rows.map((r) => r.amount_cents));
}

type AddInput = { itemId: string; amountCents: number; reason: string };

export async function addCorrection(ctx: ProjectCtx, input: AddInput) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    // The item's row lock keeps two corrections of one item from passing the check together.
    const item = await trx
      .selectFrom("expenditure_items as i")
      .innerJoin("financial_reports as r", "r.id", "i.report_id")
      .select(["i.id", "i.partner_id", "i.description", "r.period_number"])
      .where("i.id", "=", input.itemId)
      .where("i.project_id", "=", projectId)
      .forUpdate("i")
      .executeTakeFirst();
    if (!item) throw notFound("Expenditure item");
    const certified = await certifiedOf(trx, item.id);
    if (certified === null)
      throw invalid("Only certified expenditure can be corrected", {
        itemId: ["This item has no certified amount in a finished control"],
      });
    const corrected = await correctedOf(trx, item.id);
    const left = certified - corrected;
    if (input.amountCents > left)
      throw invalid("The correction is larger than what is left of the certified amount", {
        amountCents: [
          `At most EUR ${formatCents(Math.max(left, 0))} (certified EUR ${formatCents(certified)}, corrected so far EUR ${formatCents(corrected)})`,
        ],
      });
    const [submitted, schedule] = await Promise.all([
      submittedPeriods(trx, item.partner_id),
      projectSchedule(trx, projectId),
    ]);
    const period = targetPeriod(item.period_number, submitted);
    if (period > schedule.periods.length)
      throw conflict("The partner has no later report to carry the correction");
    const saved = await trx
      .insertInto("financial_corrections")
      .values({
        project_id: projectId,
        partner_id: item.partner_id,
        item_id: item.id,
        amount_cents: input.amountCents,
        reason: input.reason,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await auditChange(trx, ctx, {
      entity: "financial_correction",
      entityId: saved.id,
      action: "create",
      summary: `Financial correction of EUR ${formatCents(input.amountCents)} on “${item.description}”, in the report of period ${period}: ${input.reason}`,
      data: { itemId: item.id, partnerId: item.partner_id, amountCents: input.amountCents, period },
    });
    return { ...saved, periodNumber: period };
  });
}

/** Withdraws a correction not yet carried by a submitted report. */
export async function removeCorrection(ctx: ProjectCtx, input: { id: string; version: number }) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("financial_corrections")
      .select(["id", "version", "report_id", "amount_cents"])
      .where("id", "=", input.id)
      .where("project_id", "=", projectId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound("Financial correction");
    if (row.report_id !== null)
      throw conflict("This correction is part of a submitted report and stays with it");
    if (row.version !== input.version) throw staleVersion("This financial correction");
    await trx.deleteFrom("financial_corrections").where("id", "=", row.id).execute();
    await auditChange(trx, ctx, {
      entity: "financial_correction",
      entityId: row.id,
      action: "delete",
      summary: `Financial correction of EUR ${formatCents(row.amount_cents)} withdrawn`,
    });
    return { id: row.id };
  });
}

/**
 * On submission of a partner's report of `periodNumber`: the corrections waiting for it are
 * fixed to it (run in the submission's transaction, before the snapshot is built).
 */
export async function stampCorrections(
  db: Db,
  projectId: string,
  partner: { id: string },
  report: { id: string; periodNumber: number },
  now: Date,
) {
  const [rows, submitted] = await Promise.all([
    correctionRows(db, projectId, partner.id),
    submittedPeriods(db, partner.id),
  ]);
  // The report being submitted counts as not yet submitted here.
  submitted.delete(report.periodNumber);
  const ids = rows
    .filter((c) => c.reportId === null)
    .filter((c) => targetPeriod(c.itemPeriod, submitted) === report.periodNumber)
    .map((c) => c.id);
  if (ids.length === 0) return;
  await db
    .updateTable("financial_corrections")
    .set({ report_id: report.id, applied_at: now })
    .where("id", "in", ids)
    .execute();
}
