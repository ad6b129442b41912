import type { PolicyImprovementStatus } from "@consortia/db";
import { notFound } from "../errors";
import { visibleActionPlans, visibleImprovements } from "../policy/access";
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

/** What a monitoring change needs to know of an action the caller can see. */
export async function loadAction(ctx: ProjectCtx, actionId: string) {
  const a = await actionsQuery(ctx)
    .select([
      "actions.id",
      "actions.title",
      "action_plans.id as planId",
      "action_plans.title as planTitle",
      "action_plans.status as planStatus",
      "action_plans.partner_id as partnerId",
    ])
    .where("actions.id", "=", actionId)
    .executeTakeFirst();
  if (!a) throw notFound("Action");
  return a;
}

/** A progress entry of an action the caller can see. */
export async function loadProgress(ctx: ProjectCtx, progressId: string) {
  const p = await ctx.db
    .selectFrom("action_progress")
    .select(["id", "action_id", "period_number", "version"])
    .where("id", "=", progressId)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!p) throw notFound("Progress entry");
  const action = await loadAction(ctx, p.action_id).catch(() => {
    throw notFound("Progress entry");
  });
  return { ...p, action };
}

/** Policy improvements the caller may read, with their partner and instrument. */
export function improvementsQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("policy_improvements")
    .where(visibleImprovements(ctx))
    .innerJoin("partners as partner", "partner.id", "policy_improvements.partner_id")
    .innerJoin(
      "policy_instruments as instrument",
      "instrument.id",
      "policy_improvements.policy_instrument_id",
    );
}

export async function loadImprovement(ctx: ProjectCtx, improvementId: string) {
  const i = await improvementsQuery(ctx)
    .select([
      "policy_improvements.id",
      "policy_improvements.title",
      "policy_improvements.partner_id",
      "policy_improvements.status",
      "policy_improvements.description",
      "policy_improvements.improvement_date",
      "policy_improvements.justification",
      "policy_improvements.version",
    ])
    .where("policy_improvements.id", "=", improvementId)
    .executeTakeFirst();
  if (!i) throw notFound("Policy improvement");
  return i as typeof i & { status: PolicyImprovementStatus };
}

/**
 * Evidence documents of improvements, whoever attached them and whoever asks: whether an
 * improvement is evidenced does not depend on the reader (documents in the trash do not count).
 */
export async function evidenceCounts(
  ctx: ProjectCtx,
  entity: "policy_improvement" | "action_progress",
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom("attachments")
    .innerJoin("documents", "documents.id", "attachments.document_id")
    .select(["attachments.entity_id as id", (eb) => eb.fn.countAll<string>().as("n")])
    .where("attachments.project_id", "=", ctx.access.projectId)
    .where("attachments.entity", "=", entity)
    .where("attachments.entity_id", "in", [...new Set(ids)])
    .where("documents.deleted_at", "is", null)
    .groupBy("attachments.entity_id")
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
