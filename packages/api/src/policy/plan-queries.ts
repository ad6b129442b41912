import { visibleActionPlans } from "../policy/access";
import type { ProjectCtx } from "../shared/service-context";

/** Action plans the caller may read, with their partner. */
export function plansQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .innerJoin("partners as partner", "partner.id", "action_plans.partner_id");
}

/** Actions of plans the caller may read. */
export function actionsQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("actions")
    .innerJoin("action_plans", "action_plans.id", "actions.action_plan_id")
    .where(visibleActionPlans(ctx))
    .where("actions.project_id", "=", ctx.access.projectId);
}
