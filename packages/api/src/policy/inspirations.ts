import type { ActionInspirationKind } from "@consortia/db";
import { invalid, notFound } from "../errors";
import { isUniqueViolation } from "../shared/db-errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { visibleActionPlans } from "./access";
import { assertInspirationTarget } from "./inspiration-links";
import { assertCanEditPlan, loadAction, lockPlanForEdit } from "./plan-access";

const TARGET_COLUMN = {
  good_practice: "good_practice_id",
  learning_event: "learning_event_id",
  recommendation: "recommendation_id",
} as const;

const KIND_LABEL: Record<ActionInspirationKind, string> = {
  good_practice: "good practice",
  learning_event: "learning event",
  recommendation: "recommendation",
};

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** Links an action to the good practice, learning event or recommendation that inspired it. */
export async function addInspiration(
  ctx: ProjectCtx,
  input: { actionId: string; kind: ActionInspirationKind; targetId: string; note: string },
) {
  const { action, plan } = await loadAction(ctx, input.actionId);
  assertCanEditPlan(ctx, plan);
  const target = await assertInspirationTarget(ctx, input.kind, input.targetId);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await lockPlanForEdit(ctx, trx, plan.id);
      const row = await trx
        .insertInto("action_inspirations")
        .values({
          project_id: ctx.access.projectId,
          action_id: action.id,
          kind: input.kind,
          [TARGET_COLUMN[input.kind]]: input.targetId,
          note: input.note,
          created_by: ctx.actor.userId,
        })
        .returning(["id", "kind"])
        .executeTakeFirstOrThrow();
      await auditChange(trx, ctx, {
        entity: "action",
        entityId: action.id,
        action: "add_inspiration",
        summary: `Action ${action.title} inspired by the ${KIND_LABEL[input.kind]} ${short(target.title)}`,
        data: { kind: input.kind, targetId: input.targetId, inspirationId: row.id },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err))
      throw invalid("Some fields need attention", {
        targetId: [`This ${KIND_LABEL[input.kind]} is already linked to the action`],
      });
    throw err;
  }
}

export async function removeInspiration(ctx: ProjectCtx, input: { inspirationId: string }) {
  const found = await ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .innerJoin("actions", "actions.action_plan_id", "action_plans.id")
    .innerJoin("action_inspirations as ai", "ai.action_id", "actions.id")
    .where("ai.id", "=", input.inspirationId)
    .select([
      "ai.id as link_id",
      "ai.kind",
      "ai.good_practice_id",
      "ai.learning_event_id",
      "ai.recommendation_id",
      "actions.id as action_id",
      "actions.title as action_title",
      "action_plans.id",
      "action_plans.partner_id",
      "action_plans.status",
      "action_plans.title",
    ])
    .executeTakeFirst();
  if (!found) throw notFound("Inspiration");
  const link = { id: found.link_id, kind: found.kind };
  const action = { id: found.action_id, title: found.action_title };
  const plan = found;
  assertCanEditPlan(ctx, plan);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPlanForEdit(ctx, trx, plan.id);
    const row = await trx
      .deleteFrom("action_inspirations")
      .where("id", "=", link.id)
      .returning("id")
      .executeTakeFirst();
    if (!row) throw notFound("Inspiration");
    await auditChange(trx, ctx, {
      entity: "action",
      entityId: action.id,
      action: "remove_inspiration",
      summary: `A ${KIND_LABEL[link.kind]} no longer listed as inspiring ${action.title}`,
      data: {
        kind: link.kind,
        targetId: found.good_practice_id ?? found.learning_event_id ?? found.recommendation_id,
      },
    });
    return { id: link.id };
  });
}
