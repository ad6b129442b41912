import type { ActionPlanSnapshotTransition, ActionPlanStatus, Db } from "@consortia/db";
import { conflict, forbidden, invalid, staleVersion } from "../errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { loadPlan, type PlanRef } from "./plan-access";
import { type PlanGap, planGaps } from "./plan-completeness";
import { OVERRIDE_REASON_MIN, PLAN_STATUS_LABELS } from "./schemas";
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

/** A finalisation despite gaps: the lead coordinator's reason and what was missing. */
type Override = { reason: string; gaps: PlanGap[] };

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

function stamp(t: PlanTransition, by: string, at: Date, override: Override | null) {
  if (t === "submit") return { submitted_at: at, submitted_by: by };
  if (t === "finalise")
    return {
      finalised_at: at,
      finalised_by: by,
      finalise_override_reason: override?.reason ?? null,
    };
  return { finalised_at: null, finalised_by: null, finalise_override_reason: null };
}

async function apply(
  ctx: ProjectCtx,
  plan: PlanRef,
  t: PlanTransition,
  input: TransitionInput,
  override: Override | null = null,
) {
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
      { status: rule.to, ...stamp(t, ctx.actor.userId, now, override), updated_at: now },
      ["id", "status", "version"],
    );
    const snapshot = t === "reopen" ? null : await storeSnapshot(ctx, trx, plan.id, t, input.note);
    await auditChange(trx, ctx, {
      entity: "action_plan",
      entityId: plan.id,
      action: t,
      summary: override
        ? `Action plan ${plan.title} ${rule.done} although incomplete (${override.gaps.length} ${override.gaps.length === 1 ? "gap" : "gaps"}): ${override.reason}`
        : `Action plan ${plan.title} ${rule.done}${input.note ? `: ${input.note}` : ""}`,
      data: {
        from: plan.status,
        to: rule.to,
        ...(snapshot ? { snapshot: snapshot.number } : {}),
        ...(input.note ? { note: input.note } : {}),
        ...(override
          ? { override: { reason: override.reason, gaps: override.gaps.map((g) => g.message) } }
          : {}),
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

/**
 * A lead coordinator finalises a plan in review once it is complete: every part written and
 * every review comment resolved (./plan-completeness). An incomplete plan is finalised only
 * with a reason for overriding the check, which is stored on the plan and audited with the
 * gaps it overrode. The check reads the plan as it is; the update is guarded by version.
 */
export async function finalisePlan(
  ctx: ProjectCtx,
  input: TransitionInput & { overrideReason?: string },
) {
  const plan = await precheck(ctx, "finalise", input);
  const content = await loadActionPlanContent(ctx.db, ctx.access.projectId, plan.id);
  const gaps = await planGaps(ctx.db, content, plan.id);
  if (gaps.length === 0) return apply(ctx, plan, "finalise", input);
  const reason = (input.overrideReason ?? "").trim();
  if (reason.length < OVERRIDE_REASON_MIN) {
    const fields: Record<string, string[]> = {};
    for (const g of gaps) fields[g.field] = [...(fields[g.field] ?? []), g.message];
    fields.overrideReason = [
      reason
        ? `Say in at least ${OVERRIDE_REASON_MIN} characters why the plan is final as it is`
        : "Complete the plan, or give a reason to finalise it as it is",
    ];
    throw invalid("This action plan is incomplete", fields);
  }
  return apply(ctx, plan, "finalise", input, { reason, gaps });
}

/** Back to draft, for changes; the reason is kept in the audit log. */
export async function reopenPlan(
  ctx: ProjectCtx,
  input: { actionPlanId: string; version: number; reason: string },
) {
  const plan = await precheck(ctx, "reopen", { ...input, note: input.reason });
  return apply(ctx, plan, "reopen", { ...input, note: input.reason });
}
