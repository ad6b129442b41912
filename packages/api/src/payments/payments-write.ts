import type { Db } from "@consortia/db";
import { notFound } from "../errors";
import { loadPaymentBook } from "../finance";
import { isoDay } from "../shared/calendar";
import { FieldNotes } from "../shared/field-notes";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import {
  checkedBook,
  euros,
  lockPayments,
  notInFuture,
  problemKeys,
  problemsBefore,
} from "./book-check";

/**
 * Payments the programme made to the lead partner: recorded, edited and deleted by lead
 * coordinators (and admins), each change audited and checked against the whole ledger in one
 * transaction (book-check.ts).
 */

export type PaymentInput = {
  receivedOn: string;
  amountCents: number;
  claimIds: string[];
  note: string;
};

const label = "This payment";

/** Field checks that need the project's claims: every claim named must be one of them. */
async function checkPayment(db: Db, ctx: ProjectCtx, input: PaymentInput, now: Date) {
  const notes = new FieldNotes();
  notInFuture(notes, "receivedOn", input.receivedOn, now);
  const book = await loadPaymentBook(db, ctx.access.projectId, isoDay(now));
  const claims = new Map(book.claims.map((c) => [c.id, c]));
  if (input.claimIds.some((id) => !claims.has(id)))
    notes.add(
      "claimIds",
      "Choose claims of this project: period reports submitted with certified expenditure",
    );
  notes.throwIfAny();
  const periods = [...new Set(input.claimIds)]
    .map((id) => claims.get(id)?.periodNumber ?? 0)
    .sort((a, b) => a - b);
  return { claims: `period ${periods.join(", ")}`, before: problemKeys(book) };
}

async function setClaims(db: Db, paymentId: string, claimIds: readonly string[]) {
  await db.deleteFrom("payment_claims").where("payment_id", "=", paymentId).execute();
  await db
    .insertInto("payment_claims")
    .values([...new Set(claimIds)].map((id) => ({ payment_id: paymentId, period_report_id: id })))
    .execute();
}

/** A live payment of this project; NOT_FOUND otherwise. */
async function livePayment(db: Db, projectId: string, id: string) {
  const row = await db
    .selectFrom("payments_received")
    .select(["id", "amount_cents", "received_on"])
    .where("id", "=", id)
    .where("project_id", "=", projectId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!row) throw notFound("Payment");
  return row;
}

export async function recordPayment(ctx: ProjectCtx, input: PaymentInput, now: Date) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await lockPayments(trx, projectId);
    const { claims, before } = await checkPayment(trx, ctx, input, now);
    const row = await trx
      .insertInto("payments_received")
      .values({
        project_id: projectId,
        received_on: input.receivedOn,
        amount_cents: input.amountCents,
        note: input.note,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await setClaims(trx, row.id, input.claimIds);
    await checkedBook(trx, projectId, now, row.id, before);
    await auditChange(trx, ctx, {
      entity: "payment_received",
      entityId: row.id,
      action: "create",
      summary: `Payment of ${euros(input.amountCents)} received on ${input.receivedOn} for the claim of ${claims} recorded`,
    });
    return row;
  });
}

export async function updatePayment(
  ctx: ProjectCtx,
  input: PaymentInput & { id: string; version: number },
  now: Date,
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await lockPayments(trx, projectId);
    await livePayment(trx, projectId, input.id);
    const { claims, before } = await checkPayment(trx, ctx, input, now);
    const row = await updateVersioned(
      trx,
      "payments_received",
      { id: input.id, version: input.version, label, live: true, projectId },
      {
        received_on: input.receivedOn,
        amount_cents: input.amountCents,
        note: input.note,
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      },
      ["id", "version"],
    );
    await setClaims(trx, row.id, input.claimIds);
    await checkedBook(trx, projectId, now, row.id, before);
    await auditChange(trx, ctx, {
      entity: "payment_received",
      entityId: row.id,
      action: "update",
      summary: `Payment changed: ${euros(input.amountCents)} received on ${input.receivedOn} for the claim of ${claims}`,
    });
    return row;
  });
}

/**
 * Deletes a payment; transfers that named it keep their amounts and lose the reference. Refused
 * when the partners were already passed on more than the remaining payments give them.
 */
export async function deletePayment(
  ctx: ProjectCtx,
  input: { id: string; version: number },
  now: Date,
) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await lockPayments(trx, projectId);
    const p = await livePayment(trx, projectId, input.id);
    const before = await problemsBefore(trx, projectId, now);
    await softDelete(
      trx,
      ctx,
      "payments_received",
      { id: input.id, version: input.version, label, projectId },
      {
        entity: "payment_received",
        summary: `Payment of ${euros(p.amount_cents)} received on ${p.received_on} deleted`,
      },
    );
    await trx
      .updateTable("partner_transfers")
      .set((eb) => ({ payment_id: null, version: eb("version", "+", 1), updated_at: new Date() }))
      .where("payment_id", "=", input.id)
      .execute();
    await checkedBook(trx, projectId, now, null, before);
    return { id: input.id };
  });
}
