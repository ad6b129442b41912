import type { Db } from "@consortia/db";
import { sql } from "kysely";
import { conflict, invalid, notFound, staleVersion } from "../errors";
import { euroText } from "../finance";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { workableControl } from "./access";
import type { ItemOutcomeInput } from "./control-schemas";
import { activeErrorType } from "./error-types";

/**
 * The controller's decision per item: verified (certified as declared), certified with a
 * deduction (error type and comment), parked for a later report, or back to pending. Amounts
 * are the item's euro amount as converted at submission.
 */

/** The euro amount of an item under control: converted at submission (euro items as declared). */
export const itemEuroCents = sql<number>`coalesce(e.eur_cents, e.declared_cents)`;

/** The later report a parked item was carried into, if any (it is certified there, not here). */
export async function carriedInto(db: Db, itemId: string) {
  return db
    .selectFrom("expenditure_items as c")
    .innerJoin("financial_reports as r", "r.id", "c.report_id")
    .select(["c.id", "r.period_number"])
    .where("c.carried_from_item_id", "=", itemId)
    .executeTakeFirst();
}

export async function setItemOutcome(
  ctx: ProjectCtx,
  input: { controlId: string; itemId: string; version: number; decision: ItemOutcomeInput },
  now: Date,
) {
  const control = await workableControl(ctx, input.controlId);
  const item = await ctx.db
    .selectFrom("control_items as ci")
    .innerJoin("expenditure_items as e", "e.id", "ci.item_id")
    .select(["ci.item_id", "ci.version", "ci.outcome", "e.description", itemEuroCents.as("eur")])
    .where("ci.control_id", "=", control.id)
    .where("ci.item_id", "=", input.itemId)
    .executeTakeFirst();
  if (!item) throw notFound("Item of this control");
  const d = input.decision;
  const amount = Number(item.eur);
  const set = {
    outcome: d.outcome,
    certified_cents: null as number | null,
    deducted_cents: null as number | null,
    error_type: null as string | null,
    comment: "comment" in d ? (d.comment ?? "") : "",
  };
  if (d.outcome === "verified") {
    set.certified_cents = amount;
    set.deducted_cents = 0;
  } else if (d.outcome === "deducted") {
    if (d.certifiedCents > amount) {
      const why = `The amount certified (EUR ${euroText(d.certifiedCents)}) is more than the amount declared (EUR ${euroText(amount)})`;
      throw invalid(why, { certifiedCents: [why] });
    }
    if (d.certifiedCents === amount) {
      const why =
        "Nothing is deducted: certify less than declared, or mark the item verified instead";
      throw invalid(why, { certifiedCents: [why] });
    }
    await activeErrorType(ctx.db, ctx.access.projectId, d.errorType);
    set.certified_cents = d.certifiedCents;
    set.deducted_cents = amount - d.certifiedCents;
    set.error_type = d.errorType;
  }
  if (d.outcome !== "parked") {
    const carried = await carriedInto(ctx.db, item.item_id);
    if (carried)
      throw conflict(
        `This item was carried into the report of period ${carried.period_number}: it is controlled and certified there, so it stays parked here (an item is never certified twice)`,
      );
  }
  return ctx.db.transaction().execute(async (trx) => {
    const saved = await trx
      .updateTable("control_items")
      .set((eb) => ({
        ...set,
        updated_by: ctx.actor.userId,
        updated_at: now,
        version: eb("version", "+", 1),
      }))
      .where("control_id", "=", control.id)
      .where("item_id", "=", item.item_id)
      .where("version", "=", input.version)
      // A control finished meanwhile is locked: the save counts as stale.
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("controls")
            .select("id")
            .where("id", "=", control.id)
            .where("status", "=", "in_control"),
        ),
      )
      .returning(["item_id", "version", "outcome", "certified_cents", "deducted_cents"])
      .executeTakeFirst();
    if (!saved) throw staleVersion("This item's control outcome");
    await auditChange(trx, ctx, {
      entity: "control",
      entityId: control.id,
      action: "item",
      summary: `Item “${item.description}”: ${d.outcome}${set.deducted_cents ? ` (EUR ${euroText(set.deducted_cents)} deducted, ${set.error_type})` : ""}`,
      data: { itemId: item.item_id, ...set },
    });
    return {
      itemId: saved.item_id,
      version: saved.version,
      outcome: saved.outcome,
      certifiedCents: saved.certified_cents,
      deductedCents: saved.deducted_cents,
    };
  });
}

/**
 * The usual rule for what lies outside the sample: pending items not in the sample are
 * certified as declared. `control.verifyRest` does it on request; finishing does it too.
 */
export async function verifyOutsideSample(db: Db, controlId: string, userId: string, now: Date) {
  const rows = await db
    .updateTable("control_items as ci")
    .from("expenditure_items as e")
    .set((eb) => ({
      outcome: "verified",
      certified_cents: itemEuroCents,
      deducted_cents: 0,
      updated_by: userId,
      updated_at: now,
      version: eb("ci.version", "+", 1),
    }))
    .whereRef("e.id", "=", "ci.item_id")
    .where("ci.control_id", "=", controlId)
    .where("ci.in_sample", "=", false)
    .where("ci.outcome", "=", "pending")
    .returning("ci.item_id")
    .execute();
  return rows.length;
}

export async function verifyRest(ctx: ProjectCtx, input: { controlId: string }, now: Date) {
  const control = await workableControl(ctx, input.controlId);
  return ctx.db.transaction().execute(async (trx) => {
    const verified = await verifyOutsideSample(trx, control.id, ctx.actor.userId, now);
    await auditChange(trx, ctx, {
      entity: "control",
      entityId: control.id,
      action: "verify_rest",
      summary: `${verified} items outside the sample certified as declared`,
      data: { verified },
    });
    return { verified };
  });
}
