import type { ActionPlanSnapshotTransition, ActionPlanStatus, Db } from "@consortia/db";
import { conflict, forbidden, invalid, staleVersion } from "../errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { loadPlan, type PlanRef } from "./plan-access";
import { PLAN_STATUS_LABELS } from "./schemas";
import { loadActionPlanContent } from "./snapshot-content";

/**
 * draft → in review (the partnership comments) → final. Submitting and finalising each keep
 * an immutable snapshot of the whole plan; a lead coordinator reopens a plan, with a reason.
 */
export type PlanTransition = "submit" | "finalise" | "reopen";

const RULES: Record<
  PlanTransition,
  { from: ActionPlanStatus[]; to: ActionPlanStatus; by: "owner" | "lead"; done: string }
> = {
  submit: { from: ["draft"], to: "in_review", by: "owner", done: "submitted for review" },
  finalise: { from: ["in_review"], to: "final", by: "lead", done: "finalised" },
  reopen: { from: ["in_review", "final"], to: "draft", by: "lead", done: "reopened" },
};

export type TransitionInput = { actionPlanId: string; version: number; note: string };

/** Who may, whether the copy is current, whether the state allows: in that order. */
async function precheck(ctx: ProjectCtx, t: PlanTransition, input: TransitionInput) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  const rule = RULES[t];
  if (rule.by === "lead" && !ctx.access.isLead)
    throw forbidden("Only lead coordinators can do this");
  if (rule.by === "owner" && !actsForPartner(ctx.access, plan.partner_id))
    throw forbidden(
      "Only the owning partner's editors and lead coordinators can submit this action plan",
    );
  if (plan.version !== input.version) throw staleVersion("This action plan");
  if (!rule.from.includes(plan.status))
    throw conflict(
      `This action plan is ${PLAN_STATUS_LABELS[plan.status]}; it cannot be ${rule.done}`,
    );
  return plan;
}

async function storeSnapshot(
  ctx: ProjectCtx,
  trx: Db,
  planId: string,
  transition: ActionPlanSnapshotTransition,
  note: string,
) {
  const content = await loadActionPlanContent(trx, ctx.access.projectId, planId);
  const last = await trx
    .selectFrom("action_plan_snapshots")
    .select((eb) => eb.fn.max("number").as("max"))
    .where("action_plan_id", "=", planId)
    .executeTakeFirst();
  return trx
    .insertInto("action_plan_snapshots")
    .values({
      project_id: ctx.access.projectId,
      action_plan_id: planId,
      number: (last?.max ?? 0) + 1,
      transition,
      content: JSON.stringify(content),
      note,
      created_by: ctx.actor.userId,
    })
    .returning(["id", "number"])
    .executeTakeFirstOrThrow();
}

function stamp(t: PlanTransition, by: string, at: Date) {
  if (t === "submit") return { submitted_at: at, submitted_by: by };
  if (t === "finalise") return { finalised_at: at, finalised_by: by };
  return { finalised_at: null, finalised_by: null };
}

async function apply(ctx: ProjectCtx, plan: PlanRef, t: PlanTransition, input: TransitionInput) {
  const rule = RULES[t];
  const now = new Date();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "action_plans",
      {
        id: plan.id,
        version: input.version,
        status: rule.from,
        live: true,
        label: "This action plan",
      },
      { status: rule.to, ...stamp(t, ctx.actor.userId, now), updated_at: now },
      ["id", "status", "version"],
    );
    const snapshot = t === "reopen" ? null : await storeSnapshot(ctx, trx, plan.id, t, input.note);
    await auditChange(trx, ctx, {
      entity: "action_plan",
      entityId: plan.id,
      action: t,
      summary: `Action plan ${plan.title} ${rule.done}${input.note ? `: ${input.note}` : ""}`,
      data: {
        from: plan.status,
        to: rule.to,
        ...(snapshot ? { snapshot: snapshot.number } : {}),
        ...(input.note ? { note: input.note } : {}),
      },
    });
    return { ...row, snapshotNumber: snapshot?.number ?? null };
  });
}

/** The owner hands the plan to the partnership; it needs at least one action. */
export async function submitPlan(ctx: ProjectCtx, input: TransitionInput) {
  const plan = await precheck(ctx, "submit", input);
  const actions = await ctx.db
    .selectFrom("actions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("action_plan_id", "=", plan.id)
    .executeTakeFirstOrThrow();
  if (Number(actions.n) === 0)
    throw invalid("Add the plan's actions before submitting it", {
      actions: ["An action plan needs at least one action"],
    });
  return apply(ctx, plan, "submit", input);
}

export async function finalisePlan(ctx: ProjectCtx, input: TransitionInput) {
  const plan = await precheck(ctx, "finalise", input);
  return apply(ctx, plan, "finalise", input);
}

/** Back to draft, for changes; the reason is kept in the audit log. */
export async function reopenPlan(
  ctx: ProjectCtx,
  input: { actionPlanId: string; version: number; reason: string },
) {
  const plan = await precheck(ctx, "reopen", { ...input, note: input.reason });
  return apply(ctx, plan, "reopen", { ...input, note: input.reason });
}
