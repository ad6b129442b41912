import type { Contract } from "@consortia/db";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { assertProjectPartner } from "../shared/project-partners";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { MAX_AMOUNT_CENTS } from "./items-check";
import { parseAmount } from "./rules";
import { financeView } from "./visibility";

/**
 * The partner's list of contracts (procurements), reused across periods: seen by the
 * partner's people, the lead coordinators and observers (`full` and `items` readers), kept
 * by the partner's editors and the lead coordinators. A contract that items fall under is
 * never deleted.
 */

type ContractInput = {
  name: string;
  reference: string;
  contractDate: string;
  procurementType: Contract["procurement_type"];
  amount: string;
  currency: string;
  supplierName: string;
  supplierVat: string;
};

export const contractOut = (c: Contract) => ({
  id: c.id,
  version: c.version,
  partnerId: c.partner_id,
  name: c.name,
  reference: c.reference,
  contractDate: c.contract_date,
  procurementType: c.procurement_type,
  amountCents: c.amount_cents,
  currency: c.currency,
  supplierName: c.supplier_name,
  supplierVat: c.supplier_vat,
});

export async function listContracts(ctx: ProjectCtx, input: { partnerId: string }) {
  await assertProjectPartner(ctx.db, ctx.access.projectId, "partnerId", input.partnerId);
  const can = { edit: actsForPartner(ctx.access, input.partnerId) };
  if (financeView(ctx.access, input.partnerId) === "totals") return { contracts: [], can };
  const rows = await ctx.db
    .selectFrom("contracts")
    .selectAll()
    .where("project_id", "=", ctx.access.projectId)
    .where("partner_id", "=", input.partnerId)
    .where("deleted_at", "is", null)
    .orderBy("contract_date", "desc")
    .orderBy("name")
    .execute();
  return { contracts: rows.map(contractOut), can };
}

function values(input: ContractInput) {
  const cents = parseAmount(input.amount);
  if (cents === null || cents < 0 || cents > MAX_AMOUNT_CENTS)
    throw invalid("Some fields need attention", {
      amount: ["Give an amount between 0 and 1,000,000,000.00"],
    });
  return {
    name: input.name,
    reference: input.reference,
    contract_date: input.contractDate,
    procurement_type: input.procurementType,
    amount_cents: cents,
    currency: input.currency,
    supplier_name: input.supplierName,
    supplier_vat: input.supplierVat,
  };
}

export async function createContract(
  ctx: ProjectCtx,
  input: ContractInput & { partnerId: string },
) {
  await assertProjectPartner(ctx.db, ctx.access.projectId, "partnerId", input.partnerId);
  if (!actsForPartner(ctx.access, input.partnerId))
    throw forbidden("Only the partner's editors and the lead coordinators keep its contracts");
  const set = values(input);
  return ctx.db.transaction().execute(async (tx) => {
    const c = await tx
      .insertInto("contracts")
      .values({
        ...set,
        project_id: ctx.access.projectId,
        partner_id: input.partnerId,
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditChange(tx, ctx, {
      entity: "contract",
      entityId: c.id,
      action: "create",
      summary: `Added the contract "${c.name}"`,
    });
    return contractOut(c);
  });
}

/** A live contract of the project the caller may change; NOT_FOUND when it cannot see it. */
async function editable(ctx: ProjectCtx, contractId: string) {
  const c = await ctx.db
    .selectFrom("contracts")
    .select(["id", "partner_id"])
    .where("id", "=", contractId)
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!c || financeView(ctx.access, c.partner_id) === "totals") throw notFound("Contract");
  if (!actsForPartner(ctx.access, c.partner_id))
    throw forbidden("Only the partner's editors and the lead coordinators keep its contracts");
  return c;
}

export async function updateContract(
  ctx: ProjectCtx,
  input: ContractInput & { contractId: string; version: number },
) {
  await editable(ctx, input.contractId);
  const set = values(input);
  return ctx.db.transaction().execute(async (tx) => {
    const c = await updateVersioned(
      tx,
      "contracts",
      { id: input.contractId, version: input.version, label: "This contract", live: true },
      { ...set, updated_by: ctx.actor.userId, updated_at: new Date() },
    );
    await auditChange(tx, ctx, {
      entity: "contract",
      entityId: c.id,
      action: "update",
      summary: `Changed the contract "${c.name}"`,
    });
    return contractOut(c);
  });
}

export async function deleteContract(
  ctx: ProjectCtx,
  input: { contractId: string; version: number },
) {
  await editable(ctx, input.contractId);
  return ctx.db.transaction().execute(async (tx) => {
    // Locked first, so an item saved meanwhile (its check reads contracts for share) waits.
    await tx
      .selectFrom("contracts")
      .select("id")
      .where("id", "=", input.contractId)
      .forUpdate()
      .execute();
    const used = await tx
      .selectFrom("expenditure_items")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("contract_id", "=", input.contractId)
      .executeTakeFirstOrThrow();
    if (Number(used.n) > 0)
      throw conflict(
        `${used.n} items of expenditure fall under this contract; move them to another contract first`,
      );
    const c = await updateVersioned(
      tx,
      "contracts",
      { id: input.contractId, version: input.version, label: "This contract", live: true },
      { deleted_at: new Date(), updated_by: ctx.actor.userId },
    );
    await auditChange(tx, ctx, {
      entity: "contract",
      entityId: c.id,
      action: "delete",
      summary: `Deleted the contract "${c.name}"`,
    });
    return { id: c.id };
  });
}
