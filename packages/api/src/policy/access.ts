import type { ActionPlanStatus, Database, PolicyImprovementStatus } from "@consortia/db";
import type { ExpressionBuilder } from "kysely";
import { forbidden } from "../errors";
import { actsForPartner, isObserver } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";

/**
 * Who may see and change policy instruments, action plans, monitoring and improvements
 * (issue 5: "only the owning partner's editors and lead coordinators edit; observers read
 * what is shared"). The procedures' roles are the outer fence; these are the per-record rules:
 * - policy instruments are visible to everyone in the project, observers included;
 * - an action plan in draft is the owning partner's work in progress: its people and the lead
 *   coordinators see it. From review on the whole partnership sees it (partners comment on
 *   it), observers included; the same holds for its actions, monitoring and comments;
 * - a policy improvement that is only expected is visible to the partnership's staff; once
 *   achieved, observers see it too;
 * - the owning partner's editors and the lead coordinators change all of these.
 */
export const SHARED_PLAN_STATUSES: readonly ActionPlanStatus[] = ["in_review", "final"];
export const OBSERVER_IMPROVEMENT_STATUSES: readonly PolicyImprovementStatus[] = [
  "achieved",
  "validated",
];

export function assertCanEditPartnerRecord(ctx: ProjectCtx, partnerId: string, what: string) {
  if (!actsForPartner(ctx.access, partnerId))
    throw forbidden(`Only the owning partner's editors and lead coordinators can change ${what}`);
}

/** Where-clause for action plans the caller may read (live rows of this project only). */
export function visibleActionPlans(ctx: ProjectCtx) {
  const { access } = ctx;
  return (eb: ExpressionBuilder<Database, "action_plans">) => {
    const inProject = eb.and([
      eb("action_plans.project_id", "=", access.projectId),
      eb("action_plans.deleted_at", "is", null),
    ]);
    if (access.isLead) return inProject;
    const shared = eb("action_plans.status", "in", SHARED_PLAN_STATUSES);
    if (!access.partnerId) return eb.and([inProject, shared]);
    return eb.and([
      inProject,
      eb.or([shared, eb("action_plans.partner_id", "=", access.partnerId)]),
    ]);
  };
}

/** Where-clause for policy improvements the caller may read (live rows of this project). */
export function visibleImprovements(ctx: ProjectCtx) {
  const { access } = ctx;
  return (eb: ExpressionBuilder<Database, "policy_improvements">) => {
    const inProject = eb.and([
      eb("policy_improvements.project_id", "=", access.projectId),
      eb("policy_improvements.deleted_at", "is", null),
    ]);
    if (!isObserver(access)) return inProject;
    return eb.and([
      inProject,
      eb("policy_improvements.status", "in", OBSERVER_IMPROVEMENT_STATUSES),
    ]);
  };
}
