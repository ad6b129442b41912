import { conflict, forbidden, invalid, notFound } from "../errors";
import { editableReport, projectPartner } from "../finance";
import { orTaken } from "../shared/db-errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { controlView } from "./access";
import { carriedInto, itemEuroCents } from "./control-items";

/**
 * Parked items: parked by the controller in a finished control, they may be taken into a later
 * report of the partner. The copy points at its original (`carried_from_item_id`, unique), so an
 * original is carried once, and a carried original stays parked (control-items.ts): no item
 * is certified twice.
 */

export async function parkedItems(ctx: ProjectCtx, input: { partnerId: string }) {
  const partner = await projectPartner(ctx.db, ctx.access.projectId, input.partnerId);
  const view = controlView(ctx.access, partner.id);
  if (!view) throw forbidden("Only the partner, its controller and the lead see its parked items");
  const rows = await ctx.db
    .selectFrom("control_items as ci")
    .innerJoin("controls as c", "c.id", "ci.control_id")
    .innerJoin("expenditure_items as e", "e.id", "ci.item_id")
    .select([
      "ci.item_id",
      "c.id as control_id",
      "c.period_number",
      "e.category",
      "e.description",
      "e.invoice_number",
      itemEuroCents.as("eur"),
      "ci.comment",
    ])
    .where("c.project_id", "=", ctx.access.projectId)
    .where("c.partner_id", "=", partner.id)
    .where("c.status", "=", "finished")
    .where("ci.outcome", "=", "parked")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("expenditure_items as x")
            .select("x.id")
            .whereRef("x.carried_from_item_id", "=", "ci.item_id"),
        ),
      ),
    )
    .orderBy("c.period_number")
    .orderBy("e.position")
    .execute();
  return {
    items: rows.map((r) => ({
      itemId: r.item_id,
      controlId: r.control_id,
      periodNumber: r.period_number,
      category: r.category,
      description: r.description,
      invoiceNumber: r.invoice_number,
      eurCents: Number(r.eur),
      // The controller's comment is for the partner and the controller (control view).
      comment: view === "totals" ? null : r.comment,
    })),
    can: { carry: actsForPartner(ctx.access, partner.id) },
  };
}

/** Takes a parked item into the partner's report of a later period (a draft or returned one). */
export async function carryItem(
  ctx: ProjectCtx,
  input: { itemId: string; periodNumber: number },
  now: Date,
) {
  const projectId = ctx.access.projectId;
  const found = await ctx.db
    .selectFrom("control_items as ci")
    .innerJoin("controls as c", "c.id", "ci.control_id")
    .innerJoin("expenditure_items as e", "e.id", "ci.item_id")
    .selectAll("e")
    .select(["ci.outcome", "c.status as control_status", "c.period_number"])
    .where("ci.item_id", "=", input.itemId)
    .where("c.project_id", "=", projectId)
    .executeTakeFirst();
  if (!found || !controlView(ctx.access, found.partner_id)) throw notFound("Parked item");
  if (!actsForPartner(ctx.access, found.partner_id))
    throw forbidden("Only the partner's editors and the lead coordinators carry its parked items");
  if (found.outcome !== "parked" || found.control_status !== "finished")
    throw conflict("Only an item parked in a finished control can be taken into a later report");
  if (input.periodNumber <= found.period_number) {
    const why = `Choose a period after period ${found.period_number}, where the item was parked`;
    throw invalid(why, { periodNumber: [why] });
  }
  const already = await carriedInto(ctx.db, found.id);
  const twice = () =>
    conflict(
      `This item was already taken into the report of period ${already?.period_number ?? "a later period"}; it is never carried twice`,
    );
  if (already) throw twice();
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const report = await editableReport(ctx, found.partner_id, input.periodNumber, now, trx);
        const last = await trx
          .selectFrom("expenditure_items")
          .select((eb) => eb.fn.max("position").as("last"))
          .where("report_id", "=", report.id)
          .executeTakeFirst();
        const copy = await trx
          .insertInto("expenditure_items")
          .values({
            project_id: projectId,
            partner_id: found.partner_id,
            report_id: report.id,
            category: found.category,
            internal_reference: found.internal_reference,
            invoice_number: found.invoice_number,
            invoice_date: found.invoice_date,
            payment_date: found.payment_date,
            description: found.description,
            total_invoice_cents: found.total_invoice_cents,
            vat_cents: found.vat_cents,
            declared_cents: found.declared_cents,
            currency: found.currency,
            contract_id: found.contract_id,
            carried_from_item_id: found.id,
            staff_person: found.staff_person,
            staff_role: found.staff_role,
            staff_basis: found.staff_basis,
            staff_share_percent: found.staff_share_percent,
            staff_hours: found.staff_hours,
            staff_salary_cents: found.staff_salary_cents,
            position: Number(last?.last ?? 0) + 1,
            created_by: ctx.actor.userId,
            updated_by: ctx.actor.userId,
          })
          .returning(["id", "version"])
          .executeTakeFirstOrThrow();
        const evidence = await trx
          .selectFrom("expenditure_evidence")
          .select("document_id")
          .where("item_id", "=", found.id)
          .execute();
        if (evidence.length)
          await trx
            .insertInto("expenditure_evidence")
            .values(evidence.map((d) => ({ item_id: copy.id, document_id: d.document_id })))
            .execute();
        await auditChange(trx, ctx, {
          entity: "expenditure_item",
          entityId: copy.id,
          action: "carry",
          summary: `Parked item “${found.description}” of period ${found.period_number} taken into the report of period ${input.periodNumber}`,
          data: { from: found.id, reportId: report.id, periodNumber: input.periodNumber },
        });
        return { id: copy.id, version: copy.version, reportId: report.id };
      }),
    twice,
  );
}
