import type { ActionPlanStatus, Db } from "@consortia/db";
import { conflict, forbidden, notFound } from "../errors";
import { actsForPartner, isStaff } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { visibleActionPlans } from "./access";

/**
 * The per-plan rules on top of access.ts: the owning partner's editors and lead coordinators
 * edit an action plan (its sections and its actions) in draft and in review, where partners'
 * comments are taken in; a final plan is locked until a lead coordinator reopens it.
 * Comments: in review anyone on the partnership's staff who sees the plan; in draft the
 * owning partner's people and lead coordinators; observers read but do not take part.
 */
export type PlanRef = {
  id: string;
  partner_id: string;
  status: ActionPlanStatus;
  title: string;
  version: number;
  policy_instrument_id: string;
};

const planRefColumns = [
  "action_plans.id",
  "action_plans.partner_id",
  "action_plans.status",
  "action_plans.title",
  "action_plans.version",
  "action_plans.policy_instrument_id",
] as const;

/** A live plan of this project that the caller may read; otherwise NOT_FOUND. */
export async function loadPlan(ctx: ProjectCtx, planId: string, db: Db = ctx.db) {
  const plan = await db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .where("action_plans.id", "=", planId)
    .select(planRefColumns)
    .executeTakeFirst();
  if (!plan) throw notFound("Action plan");
  return plan satisfies PlanRef;
}

export function canEditPlan(ctx: ProjectCtx, plan: Pick<PlanRef, "partner_id" | "status">) {
  return plan.status !== "final" && actsForPartner(ctx.access, plan.partner_id);
}

export function assertCanEditPlan(ctx: ProjectCtx, plan: Pick<PlanRef, "partner_id" | "status">) {
  if (!actsForPartner(ctx.access, plan.partner_id))
    throw forbidden(
      "Only the owning partner's editors and lead coordinators can change this action plan",
    );
  if (plan.status === "final")
    throw conflict(
      "This action plan is final. A lead coordinator must reopen it before it can change.",
    );
}

/**
 * Locks the plan row for the rest of the transaction and checks again that it may change:
 * a submission (which snapshots the plan) and an edit of its actions never interleave.
 */
export async function lockPlanForEdit(ctx: ProjectCtx, trx: Db, planId: string) {
  const plan = await trx
    .selectFrom("action_plans")
    .select(["id", "partner_id", "status", "title", "version", "policy_instrument_id"])
    .where("id", "=", planId)
    .where("project_id", "=", ctx.access.projectId)
    .where("deleted_at", "is", null)
    .forUpdate()
    .executeTakeFirst();
  if (!plan) throw notFound("Action plan");
  assertCanEditPlan(ctx, plan);
  return plan;
}

export function canCommentOnPlan(ctx: ProjectCtx, plan: Pick<PlanRef, "partner_id" | "status">) {
  const { access } = ctx;
  if (!isStaff(access)) return false;
  if (plan.status === "in_review") return true;
  if (plan.status === "draft") return access.isLead || access.partnerId === plan.partner_id;
  return false;
}

/** What the caller may do with a plan now, for the pages; the services check the same rules. */
export function planCan(ctx: ProjectCtx, plan: Pick<PlanRef, "partner_id" | "status">) {
  const ownerOrLead = actsForPartner(ctx.access, plan.partner_id);
  const lead = ctx.access.isLead;
  return {
    edit: canEditPlan(ctx, plan),
    delete: ownerOrLead && plan.status === "draft",
    submit: ownerOrLead && plan.status === "draft",
    finalise: lead && plan.status === "in_review",
    reopen: lead && plan.status !== "draft",
    comment: canCommentOnPlan(ctx, plan),
    resolveComments: ownerOrLead,
  };
}

export function assertCanCommentOnPlan(
  ctx: ProjectCtx,
  plan: Pick<PlanRef, "partner_id" | "status">,
) {
  if (canCommentOnPlan(ctx, plan)) return;
  if (plan.status === "final")
    throw conflict("This action plan is final; comments are closed until it is reopened");
  throw forbidden("You cannot comment on this action plan");
}

/** An action of a plan the caller may read, with the plan; otherwise NOT_FOUND. */
export async function loadAction(ctx: ProjectCtx, actionId: string) {
  const row = await ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .innerJoin("actions", "actions.action_plan_id", "action_plans.id")
    .where("actions.id", "=", actionId)
    .select([
      "actions.id as action_id",
      "actions.title as action_title",
      "actions.version as action_version",
      ...planRefColumns,
    ])
    .executeTakeFirst();
  if (!row) throw notFound("Action");
  const { action_id, action_title, action_version, ...plan } = row;
  return {
    action: { id: action_id, title: action_title, version: action_version },
    plan: plan satisfies PlanRef,
  };
}
