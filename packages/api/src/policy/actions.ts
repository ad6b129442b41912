import type { ActionStatus, Db } from "@consortia/db";
import { sql } from "kysely";
import { conflict, staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { assertCanEditPlan, loadAction, loadPlan, lockPlanForEdit } from "./plan-access";

/** An action's fields; editing follows its plan's rule (plan-access.ts). */
export type ActionInput = {
  title: string;
  background: string;
  activities: string;
  players: string;
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  /** Decimal string with two decimals, as numeric(14,2) holds it; never passed through a float. */
  estimatedCostEur: string | null;
  fundingSources: string;
  status: ActionStatus;
  summaryEn: string;
};

function toRow(input: ActionInput) {
  return {
    title: input.title,
    background: input.background,
    activities: input.activities,
    players: input.players,
    start_date: input.startDate,
    end_date: input.endDate,
    estimated_cost_eur: input.estimatedCostEur,
    funding_sources: input.fundingSources,
    status: input.status,
    summary_en: input.summaryEn,
  };
}

const audit = (
  ctx: ProjectCtx,
  db: Db,
  entityId: string,
  action: string,
  summary: string,
  data: Record<string, unknown>,
) =>
  auditChange(db, ctx, {
    entity: "action",
    entityId,
    action,
    summary,
    data,
  });

/** Touches the plan, so lists show when its content last changed. */
const touchPlan = (trx: Db, planId: string) =>
  trx
    .updateTable("action_plans")
    .set({ updated_at: new Date() })
    .where("id", "=", planId)
    .execute();

/** A new action, last in the plan. */
export async function createAction(ctx: ProjectCtx, input: ActionInput & { actionPlanId: string }) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  assertCanEditPlan(ctx, plan);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPlanForEdit(ctx, trx, plan.id);
    const last = await trx
      .selectFrom("actions")
      .select((eb) => eb.fn.max("position").as("max"))
      .where("action_plan_id", "=", plan.id)
      .executeTakeFirst();
    const row = await trx
      .insertInto("actions")
      .values({
        ...toRow(input),
        project_id: ctx.access.projectId,
        action_plan_id: plan.id,
        position: (last?.max ?? 0) + 1,
        created_by: ctx.actor.userId,
      })
      .returning(["id", "version", "position"])
      .executeTakeFirstOrThrow();
    await touchPlan(trx, plan.id);
    await audit(ctx, trx, row.id, "create", `Action ${input.title} added to ${plan.title}`, {
      actionPlanId: plan.id,
    });
    return row;
  });
}

export async function updateAction(
  ctx: ProjectCtx,
  input: ActionInput & { actionId: string; version: number },
) {
  const { action, plan } = await loadAction(ctx, input.actionId);
  assertCanEditPlan(ctx, plan);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPlanForEdit(ctx, trx, plan.id);
    const row = await updateVersioned(
      trx,
      "actions",
      { id: action.id, version: input.version, label: "This action" },
      { ...toRow(input), updated_at: new Date() },
      ["id", "version", "position"],
    );
    await touchPlan(trx, plan.id);
    await audit(ctx, trx, action.id, "update", `Action ${input.title} updated`, {
      actionPlanId: plan.id,
    });
    return row;
  });
}

/** Removes the action and closes the gap it leaves in the order. */
export async function deleteAction(ctx: ProjectCtx, input: { actionId: string; version: number }) {
  const { action, plan } = await loadAction(ctx, input.actionId);
  assertCanEditPlan(ctx, plan);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPlanForEdit(ctx, trx, plan.id);
    const row = await trx
      .deleteFrom("actions")
      .where("id", "=", action.id)
      .where("version", "=", input.version)
      .returning(["id", "position"])
      .executeTakeFirst();
    if (!row) throw staleVersion("This action");
    await trx
      .updateTable("actions")
      .set((eb) => ({ position: eb("position", "-", 1) }))
      .where("action_plan_id", "=", plan.id)
      .where("position", ">", row.position)
      .execute();
    await touchPlan(trx, plan.id);
    await audit(
      ctx,
      trx,
      action.id,
      "delete",
      `Action ${action.title} removed from ${plan.title}`,
      {
        actionPlanId: plan.id,
      },
    );
    return { id: action.id };
  });
}

/**
 * The caller sends all the plan's actions in their new order; a list that changed meanwhile
 * is refused. One statement renumbers them all.
 */
export async function reorderActions(
  ctx: ProjectCtx,
  input: { actionPlanId: string; actionIds: string[] },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  assertCanEditPlan(ctx, plan);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPlanForEdit(ctx, trx, plan.id);
    const current = await trx
      .selectFrom("actions")
      .select("id")
      .where("action_plan_id", "=", plan.id)
      .execute();
    const wanted = new Set(input.actionIds);
    if (
      wanted.size !== input.actionIds.length ||
      current.length !== wanted.size ||
      current.some((a) => !wanted.has(a.id))
    )
      throw conflict("The actions changed since you opened the plan. Reload to see them.");
    const position = sql<number>`case ${sql.join(
      input.actionIds.map((id, i) => sql`when id = ${id}::uuid then ${i + 1}::int`),
      sql` `,
    )} end`;
    await trx
      .updateTable("actions")
      .set({ position })
      .where("action_plan_id", "=", plan.id)
      .execute();
    await touchPlan(trx, plan.id);
    await auditChange(trx, ctx, {
      entity: "action_plan",
      entityId: plan.id,
      action: "reorder_actions",
      summary: `Actions of ${plan.title} reordered`,
      data: { actionIds: input.actionIds },
    });
    return { actionPlanId: plan.id, actionIds: input.actionIds };
  });
}

/**
 * Monitoring moves a final plan's action along: its status follows the progress recorded in
 * its latest monitored period (the caller locks the action row first). A cancelled action
 * stays cancelled; the status changes only when it differs, so the version moves only then.
 */
export async function setStatusFromMonitoring(trx: Db, actionId: string, status: ActionStatus) {
  const row = await trx
    .updateTable("actions")
    .set((eb) => ({ status, updated_at: new Date(), version: eb("version", "+", 1) }))
    .where("id", "=", actionId)
    .where("status", "!=", status)
    .where("status", "!=", "cancelled")
    .returning(["status"])
    .executeTakeFirst();
  return row?.status ?? null;
}
