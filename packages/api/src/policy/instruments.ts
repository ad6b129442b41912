import type { Db, PolicyInstrumentType, TerritorialLevel } from "@consortia/db";
import { conflict, invalid, notFound } from "../errors";
import { orTaken } from "../shared/db-errors";
import { assertProjectPartner } from "../shared/project-partners";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import { assertCanEditPartnerRecord, visibleActionPlans } from "./access";

export type InstrumentInput = {
  partnerId: string;
  name: string;
  instrumentType: PolicyInstrumentType;
  managingAuthority: string;
  territorialLevel: TerritorialLevel;
  managedByPartner: boolean;
  isMain: boolean;
  description: string;
  baseline: string;
};

const columns = [
  "i.id",
  "i.partner_id as partnerId",
  "p.name as partnerName",
  "p.short_name as partnerShortName",
  "p.country as partnerCountry",
  "p.role as partnerRole",
  "i.name",
  "i.instrument_type as instrumentType",
  "i.managing_authority as managingAuthority",
  "i.territorial_level as territorialLevel",
  "i.managed_by_partner as managedByPartner",
  "i.is_main as isMain",
  "i.description",
  "i.baseline",
  "i.created_at as createdAt",
  "i.updated_at as updatedAt",
  "i.version",
] as const;

/**
 * What the caller may do with an instrument, for the pages: its partner's editors and the lead
 * coordinators change it and start its one action plan; it is deleted, or moved to another
 * partner (which only a lead coordinator may), only while it has no plan.
 */
function instrumentCan(ctx: ProjectCtx, partnerId: string, hasPlan: boolean) {
  const own = actsForPartner(ctx.access, partnerId);
  return {
    edit: own,
    delete: own && !hasPlan,
    createActionPlan: own && !hasPlan,
    changePartner: ctx.access.isLead && !hasPlan,
  };
}

/** Live instruments of the project, with their partner (visible to everyone in it). */
function instrumentsQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("policy_instruments as i")
    .innerJoin("partners as p", "p.id", "i.partner_id")
    .where("i.project_id", "=", ctx.access.projectId)
    .where("i.deleted_at", "is", null);
}

/**
 * Every instrument with its action plan's status. Everyone may know how far a region is; the
 * plan's id (to open it) is given only to those who may read the plan.
 */
export async function listInstruments(ctx: ProjectCtx) {
  const [rows, visible] = await Promise.all([
    instrumentsQuery(ctx)
      .leftJoin("action_plans as ap", (j) =>
        j.onRef("ap.policy_instrument_id", "=", "i.id").on("ap.deleted_at", "is", null),
      )
      .select([...columns, "ap.id as planId", "ap.status as planStatus"])
      .orderBy("p.short_name")
      .orderBy("i.is_main", "desc")
      .orderBy("i.name")
      .execute(),
    ctx.db.selectFrom("action_plans").where(visibleActionPlans(ctx)).select("id").execute(),
  ]);
  const seen = new Set(visible.map((v) => v.id));
  return rows.map(({ planId, planStatus, ...i }) => ({
    ...i,
    hasActionPlan: planId !== null,
    actionPlan: planStatus
      ? { id: planId && seen.has(planId) ? planId : null, status: planStatus }
      : null,
    can: instrumentCan(ctx, i.partnerId, planId !== null),
  }));
}

export async function getInstrument(ctx: ProjectCtx, input: { policyInstrumentId: string }) {
  const i = await instrumentsQuery(ctx)
    .select(columns)
    .where("i.id", "=", input.policyInstrumentId)
    .executeTakeFirst();
  if (!i) throw notFound("Policy instrument");
  const plan = await ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .where("policy_instrument_id", "=", i.id)
    .select(["id", "title", "status", "updated_at as updatedAt"])
    .executeTakeFirst();
  // The plan above is the visible one; whether one exists at all decides what may change.
  const hasPlan = plan !== undefined || (await planOf(ctx.db, i.id)) !== undefined;
  return { ...i, actionPlan: plan ?? null, can: instrumentCan(ctx, i.partnerId, hasPlan) };
}

async function loadInstrument(ctx: ProjectCtx, id: string, db: Db = ctx.db) {
  const i = await db
    .selectFrom("policy_instruments")
    .select(["id", "partner_id", "name", "version"])
    .where("id", "=", id)
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();
  if (!i) throw notFound("Policy instrument");
  return i;
}

const secondMain = (partnerName: string, existing: string) =>
  invalid("Some fields need attention", {
    isMain: [`${partnerName} already has a main policy instrument: ${existing}`],
  });

/** Refuses a second live main instrument for the partner (the unique index backs this up). */
async function assertNoOtherMain(db: Db, input: InstrumentInput, exceptId: string | null) {
  if (!input.isMain) return;
  let q = db
    .selectFrom("policy_instruments as i")
    .innerJoin("partners as p", "p.id", "i.partner_id")
    .select(["i.name", "p.short_name"])
    .where("i.partner_id", "=", input.partnerId)
    .where("i.is_main", "=", true)
    .where("i.deleted_at", "is", null);
  if (exceptId) q = q.where("i.id", "<>", exceptId);
  const other = await q.executeTakeFirst();
  if (other) throw secondMain(other.short_name, other.name);
}

function toRow(input: InstrumentInput) {
  return {
    partner_id: input.partnerId,
    name: input.name,
    instrument_type: input.instrumentType,
    managing_authority: input.managingAuthority,
    territorial_level: input.territorialLevel,
    managed_by_partner: input.managedByPartner,
    is_main: input.isMain,
    description: input.description,
    baseline: input.baseline,
  };
}

/** A concurrent save of another main instrument loses the race at the unique index. */
const mainTaken = () =>
  invalid("Some fields need attention", {
    isMain: ["This partner already has a main policy instrument"],
  });

export async function createInstrument(ctx: ProjectCtx, input: InstrumentInput) {
  const projectId = ctx.access.projectId;
  await assertProjectPartner(ctx.db, projectId, "partnerId", input.partnerId);
  assertCanEditPartnerRecord(ctx, input.partnerId, "this partner's policy instruments");
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await assertNoOtherMain(trx, input, null);
        const row = await trx
          .insertInto("policy_instruments")
          .values({ ...toRow(input), project_id: projectId, created_by: ctx.actor.userId })
          .returning(["id", "version"])
          .executeTakeFirstOrThrow();
        await auditChange(trx, ctx, {
          entity: "policy_instrument",
          entityId: row.id,
          action: "create",
          summary: `Policy instrument ${input.name} added`,
          data: { partnerId: input.partnerId, isMain: input.isMain },
        });
        return row;
      }),
    mainTaken,
  );
}

export async function updateInstrument(
  ctx: ProjectCtx,
  input: InstrumentInput & { policyInstrumentId: string; version: number },
) {
  const projectId = ctx.access.projectId;
  const current = await loadInstrument(ctx, input.policyInstrumentId);
  assertCanEditPartnerRecord(ctx, current.partner_id, "this policy instrument");
  if (input.partnerId !== current.partner_id) {
    await assertProjectPartner(ctx.db, projectId, "partnerId", input.partnerId);
    assertCanEditPartnerRecord(ctx, input.partnerId, "this partner's policy instruments");
  }
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        if (input.partnerId !== current.partner_id && (await planOf(trx, current.id)))
          throw invalid("Some fields need attention", {
            partnerId: ["This instrument has an action plan, so it stays with its partner"],
          });
        await assertNoOtherMain(trx, input, current.id);
        const row = await updateVersioned(
          trx,
          "policy_instruments",
          { id: current.id, version: input.version, live: true, label: "This policy instrument" },
          { ...toRow(input), updated_at: new Date() },
          ["id", "version"],
        );
        await auditChange(trx, ctx, {
          entity: "policy_instrument",
          entityId: current.id,
          action: "update",
          summary: `Policy instrument ${input.name} updated`,
          data: { partnerId: input.partnerId, isMain: input.isMain },
        });
        return row;
      }),
    mainTaken,
  );
}

const planOf = (db: Db, instrumentId: string) =>
  db
    .selectFrom("action_plans")
    .select("id")
    .where("policy_instrument_id", "=", instrumentId)
    .where("deleted_at", "is", null)
    .executeTakeFirst();

/** Soft delete; an instrument with an action plan or recorded improvements stays. */
export async function deleteInstrument(
  ctx: ProjectCtx,
  input: { policyInstrumentId: string; version: number },
) {
  const current = await loadInstrument(ctx, input.policyInstrumentId);
  assertCanEditPartnerRecord(ctx, current.partner_id, "this policy instrument");
  return ctx.db.transaction().execute(async (trx) => {
    // Locked so an action plan cannot be created for it while it goes.
    await trx
      .selectFrom("policy_instruments")
      .select("id")
      .where("id", "=", current.id)
      .forUpdate()
      .execute();
    if (await planOf(trx, current.id))
      throw conflict("This policy instrument has an action plan; delete the plan first");
    const improvement = await trx
      .selectFrom("policy_improvements")
      .select("id")
      .where("policy_instrument_id", "=", current.id)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    if (improvement)
      throw conflict("Policy improvements are recorded for this instrument; it cannot be deleted");
    return softDelete(
      trx,
      ctx,
      "policy_instruments",
      { id: current.id, version: input.version, label: "This policy instrument" },
      { entity: "policy_instrument", summary: `Policy instrument ${current.name} deleted` },
    );
  });
}
