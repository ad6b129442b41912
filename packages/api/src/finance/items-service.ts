import type { Db } from "@consortia/db";
import { forbidden, notFound, staleVersion } from "../errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { checkEvidence, checkItem, itemRules } from "./items-check";
import type { ItemInput } from "./items-schemas";
import { editableReport } from "./report-draft";
import { financeView } from "./visibility";

/**
 * Changing a partner's list of expenditure: add, edit, duplicate and delete items while the
 * period's report is a draft (or returned). The partner's editors and the lead coordinators
 * act; a staff-cost line is changed only by those who see it (the partner's own people).
 * Every change runs in one transaction with the report row locked (see editableReport).
 */

const label = "This item of expenditure";

/** The item as its editor may change it; NOT_FOUND when the caller cannot see it. */
async function changeable(ctx: ProjectCtx, itemId: string) {
  const item = await ctx.db
    .selectFrom("expenditure_items as i")
    .innerJoin("financial_reports as r", "r.id", "i.report_id")
    .selectAll("i")
    .select("r.period_number")
    .where("i.id", "=", itemId)
    .where("i.project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  const view = item ? financeView(ctx.access, item.partner_id) : "totals";
  if (!item || view === "totals" || (view === "items" && item.category === "staff"))
    throw notFound("Item of expenditure");
  if (!actsForPartner(ctx.access, item.partner_id)) throw forbidden(notYours);
  return item;
}
const notYours = "Only the partner's editors and the lead coordinators change its expenditure";

export async function nextPosition(db: Db, reportId: string) {
  const r = await db
    .selectFrom("expenditure_items")
    .select((eb) => eb.fn.max("position").as("last"))
    .where("report_id", "=", reportId)
    .executeTakeFirst();
  return Number(r?.last ?? 0) + 1;
}

async function setEvidence(db: Db, itemId: string, ids: readonly string[]) {
  await db.deleteFrom("expenditure_evidence").where("item_id", "=", itemId).execute();
  if (ids.length)
    await db
      .insertInto("expenditure_evidence")
      .values([...new Set(ids)].map((document_id) => ({ item_id: itemId, document_id })))
      .execute();
}

/** Checks the item against the rules of its report; throws the field errors, if any. */
async function checked(
  ctx: ProjectCtx,
  tx: Db,
  partnerId: string,
  report: Awaited<ReturnType<typeof editableReport>>,
  input: ItemInput,
) {
  const rules = await itemRules(tx, ctx.access.projectId, partnerId, report.period);
  const { notes, values } = checkItem(input, rules);
  await checkEvidence(tx, ctx.access.projectId, partnerId, input.evidenceIds, notes);
  notes.throwIfAny();
  return values;
}

export async function createItem(
  ctx: ProjectCtx,
  input: ItemInput & { partnerId: string; periodNumber: number },
  now: Date,
) {
  if (!actsForPartner(ctx.access, input.partnerId)) throw forbidden(notYours);
  return ctx.db.transaction().execute(async (tx) => {
    const report = await editableReport(ctx, input.partnerId, input.periodNumber, now, tx);
    const values = await checked(ctx, tx, input.partnerId, report, input);
    const item = await tx
      .insertInto("expenditure_items")
      .values({
        ...values,
        project_id: ctx.access.projectId,
        partner_id: input.partnerId,
        report_id: report.id,
        position: await nextPosition(tx, report.id),
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await setEvidence(tx, item.id, input.evidenceIds);
    await auditChange(tx, ctx, {
      entity: "expenditure_item",
      entityId: item.id,
      action: "create",
      summary: `Added an item of expenditure to period ${input.periodNumber}: ${input.description}`,
    });
    return item;
  });
}

export async function updateItem(
  ctx: ProjectCtx,
  input: ItemInput & { itemId: string; version: number },
  now: Date,
) {
  const item = await changeable(ctx, input.itemId);
  return ctx.db.transaction().execute(async (tx) => {
    const report = await editableReport(ctx, item.partner_id, item.period_number, now, tx);
    const values = await checked(ctx, tx, item.partner_id, report, input);
    const saved = await updateVersioned(
      tx,
      "expenditure_items",
      { id: item.id, version: input.version, label, projectId: ctx.access.projectId },
      // A conversion belongs to a submission; the next one converts the item again.
      {
        ...values,
        conversion_rate: null,
        eur_cents: null,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      },
      ["id", "version"],
    );
    await setEvidence(tx, item.id, input.evidenceIds);
    await auditChange(tx, ctx, {
      entity: "expenditure_item",
      entityId: item.id,
      action: "update",
      summary: `Changed an item of expenditure: ${input.description}`,
    });
    return saved;
  });
}

/** A copy of an item at the end of the same list (its evidence too), to edit from there. */
export async function duplicateItem(ctx: ProjectCtx, input: { itemId: string }, now: Date) {
  const item = await changeable(ctx, input.itemId);
  return ctx.db.transaction().execute(async (tx) => {
    const report = await editableReport(ctx, item.partner_id, item.period_number, now, tx);
    const { id, version, created_at, updated_at, period_number, ...copy } = item;
    const made = await tx
      .insertInto("expenditure_items")
      .values({
        ...copy,
        conversion_rate: null,
        eur_cents: null,
        position: await nextPosition(tx, report.id),
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("expenditure_evidence")
      .columns(["item_id", "document_id"])
      .expression((eb) =>
        eb
          .selectFrom("expenditure_evidence")
          .select([eb.val(made.id).as("item_id"), "document_id"])
          .where("item_id", "=", id),
      )
      .execute();
    await auditChange(tx, ctx, {
      entity: "expenditure_item",
      entityId: made.id,
      action: "duplicate",
      summary: `Duplicated an item of expenditure: ${item.description}`,
    });
    return made;
  });
}

export async function deleteItem(
  ctx: ProjectCtx,
  input: { itemId: string; version: number },
  now: Date,
) {
  const item = await changeable(ctx, input.itemId);
  return ctx.db.transaction().execute(async (tx) => {
    await editableReport(ctx, item.partner_id, item.period_number, now, tx);
    const gone = await tx
      .deleteFrom("expenditure_items")
      .where("id", "=", item.id)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw staleVersion(label);
    await auditChange(tx, ctx, {
      entity: "expenditure_item",
      entityId: item.id,
      action: "delete",
      summary: `Deleted an item of expenditure: ${item.description}`,
    });
    return { id: item.id };
  });
}
