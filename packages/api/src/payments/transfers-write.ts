import type { Db } from "@consortia/db";
import { notFound } from "../errors";
import { FieldNotes } from "../shared/field-notes";
import { assertProjectPartner } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import { checkedBook, euros, lockPayments, notInFuture, problemsBefore } from "./book-check";

/**
 * Transfers: the money the lead partner passes on to a partner. Lead coordinators (and admins)
 * record, edit and delete them; a transfer may not pass on more than the partner is owed on its
 * date (payment-ledger.ts), which the ledger check after the change enforces.
 */

export type TransferInput = {
  partnerId: string;
  transferredOn: string;
  amountCents: number;
  reference: string;
  paymentId: string | null;
};

const label = "This transfer";

async function checkTransfer(db: Db, projectId: string, input: TransferInput, now: Date) {
  // A partner of another project (or none) is refused as a field error.
  await assertProjectPartner(db, projectId, "partnerId", input.partnerId);
  const partner = await db
    .selectFrom("partners")
    .select("short_name")
    .where("id", "=", input.partnerId)
    .executeTakeFirstOrThrow();
  const notes = new FieldNotes();
  notInFuture(notes, "transferredOn", input.transferredOn, now);
  if (input.paymentId) {
    const payment = await db
      .selectFrom("payments_received")
      .select("id")
      .where("id", "=", input.paymentId)
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    if (!payment) notes.add("paymentId", "Choose a payment received in this project");
  }
  notes.throwIfAny();
  return partner.short_name;
}

async function liveTransfer(db: Db, projectId: string, id: string) {
  const row = await db
    .selectFrom("partner_transfers as t")
    .innerJoin("partners as p", "p.id", "t.partner_id")
    .select(["t.id", "t.amount_cents", "t.transferred_on", "p.short_name"])
    .where("t.id", "=", id)
    .where("t.project_id", "=", projectId)
    .where("t.deleted_at", "is", null)
    .executeTakeFirst();
  if (!row) throw notFound("Transfer");
  return row;
}

export async function recordTransfer(ctx: ProjectCtx, input: TransferInput, now: Date) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await lockPayments(trx, projectId);
    const before = await problemsBefore(trx, projectId, now);
    const partner = await checkTransfer(trx, projectId, input, now);
    const row = await trx
      .insertInto("partner_transfers")
      .values({
        project_id: projectId,
        partner_id: input.partnerId,
        transferred_on: input.transferredOn,
        amount_cents: input.amountCents,
        reference: input.reference,
        payment_id: input.paymentId,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await checkedBook(trx, projectId, now, row.id, before);
    await auditChange(trx, ctx, {
      entity: "partner_transfer",
      entityId: row.id,
      action: "create",
      summary: `Transfer of ${euros(input.amountCents)} to ${partner} on ${input.transferredOn} recorded`,
    });
    return row;
  });
}

export async function updateTransfer(
  ctx: ProjectCtx,
  input: TransferInput & { id: string; version: number },
  now: Date,
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await lockPayments(trx, projectId);
    const before = await problemsBefore(trx, projectId, now);
    await liveTransfer(trx, projectId, input.id);
    const partner = await checkTransfer(trx, projectId, input, now);
    const row = await updateVersioned(
      trx,
      "partner_transfers",
      { id: input.id, version: input.version, label, live: true, projectId },
      {
        partner_id: input.partnerId,
        transferred_on: input.transferredOn,
        amount_cents: input.amountCents,
        reference: input.reference,
        payment_id: input.paymentId,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      },
      ["id", "version"],
    );
    await checkedBook(trx, projectId, now, row.id, before);
    await auditChange(trx, ctx, {
      entity: "partner_transfer",
      entityId: row.id,
      action: "update",
      summary: `Transfer changed: ${euros(input.amountCents)} to ${partner} on ${input.transferredOn}`,
    });
    return row;
  });
}

/** Deleting a transfer only raises what the partner is owed, so the ledger stays whole. */
export async function deleteTransfer(ctx: ProjectCtx, input: { id: string; version: number }) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await lockPayments(trx, projectId);
    const t = await liveTransfer(trx, projectId, input.id);
    return softDelete(
      trx,
      ctx,
      "partner_transfers",
      { id: input.id, version: input.version, label, projectId },
      {
        entity: "partner_transfer",
        summary: `Transfer of ${euros(t.amount_cents)} to ${t.short_name} on ${t.transferred_on} deleted`,
      },
    );
  });
}
