import { conflict, invalid } from "../errors";
import { isUniqueViolation } from "../shared/db-errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import { assertCanEditPartnerRecord, visibleActionPlans, visibleImprovements } from "./access";
import { resolveForCaller } from "./inspiration-links";
import { assertCanEditPlan, loadPlan, lockPlanForEdit, planCan } from "./plan-access";
import { planGaps } from "./plan-completeness";
import { PLAN_STATUS_LABELS } from "./schemas";
import { loadActionPlanContent } from "./snapshot-content";
import { listSnapshots } from "./snapshots";

export type PlanFields = {
  title: string;
  language: string;
  generalInformation: string;
  generalInformationEn: string;
  policyContext: string;
  policyContextEn: string;
  actionsSummaryEn: string;
};

function toRow(input: PlanFields) {
  return {
    title: input.title,
    language: input.language,
    general_information: input.generalInformation,
    general_information_en: input.generalInformationEn,
    policy_context: input.policyContext,
    policy_context_en: input.policyContextEn,
    actions_summary_en: input.actionsSummaryEn,
  };
}

/** The plans the caller may read, with their instrument, partner and counts. */
export async function listPlans(ctx: ProjectCtx) {
  const rows = await ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .innerJoin("policy_instruments as i", "i.id", "action_plans.policy_instrument_id")
    .innerJoin("partners as p", "p.id", "action_plans.partner_id")
    .select((eb) => [
      "action_plans.id",
      "action_plans.title",
      "action_plans.status",
      "action_plans.language",
      "action_plans.partner_id as partnerId",
      "p.short_name as partnerName",
      "p.country as partnerCountry",
      "i.id as policyInstrumentId",
      "i.name as instrumentName",
      "i.is_main as instrumentIsMain",
      "action_plans.submitted_at as submittedAt",
      "action_plans.finalised_at as finalisedAt",
      "action_plans.updated_at as updatedAt",
      "action_plans.version",
      eb
        .selectFrom("actions")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("actions.action_plan_id", "=", "action_plans.id")
        .as("actionCount"),
      eb
        .selectFrom("action_plan_comments as c")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("c.action_plan_id", "=", "action_plans.id")
        .where("c.deleted_at", "is", null)
        .as("commentCount"),
    ])
    .orderBy("p.short_name")
    .orderBy("i.name")
    .execute();
  return rows.map((r) => ({
    ...r,
    actionCount: Number(r.actionCount ?? 0),
    commentCount: Number(r.commentCount ?? 0),
    can: planCan(ctx, { partner_id: r.partnerId, status: r.status }),
  }));
}

/** One plan: its sections, its actions in order with what inspired them, and its snapshots. */
export async function getPlan(ctx: ProjectCtx, input: { actionPlanId: string }) {
  const ref = await loadPlan(ctx, input.actionPlanId);
  const [content, meta, snapshots] = await Promise.all([
    loadActionPlanContent(ctx.db, ctx.access.projectId, ref.id),
    ctx.db
      .selectFrom("action_plans as ap")
      .leftJoin("users as s", "s.id", "ap.submitted_by")
      .leftJoin("users as f", "f.id", "ap.finalised_by")
      .select([
        "ap.submitted_at as submittedAt",
        "s.name as submittedByName",
        "ap.finalised_at as finalisedAt",
        "f.name as finalisedByName",
        "ap.finalise_override_reason as finaliseOverrideReason",
        "ap.created_at as createdAt",
        "ap.updated_at as updatedAt",
      ])
      .where("ap.id", "=", ref.id)
      .executeTakeFirstOrThrow(),
    listSnapshots(ctx, { actionPlanId: ref.id }),
  ]);
  const actionVersions = await ctx.db
    .selectFrom("actions")
    .select(["id", "version"])
    .where("action_plan_id", "=", ref.id)
    .execute();
  const versionOf = new Map(actionVersions.map((a) => [a.id, a.version]));
  // Where each action led: the improvements that name it, as the caller may see them.
  const results = await ctx.db
    .selectFrom("policy_improvement_actions as pia")
    .innerJoin("policy_improvements", "policy_improvements.id", "pia.improvement_id")
    .where(visibleImprovements(ctx))
    .innerJoin("actions", "actions.id", "pia.action_id")
    .where("actions.action_plan_id", "=", ref.id)
    .select([
      "pia.action_id as actionId",
      "policy_improvements.id",
      "policy_improvements.title",
      "policy_improvements.status",
    ])
    .orderBy("policy_improvements.title")
    .execute();
  const inspirations = await resolveForCaller(
    ctx,
    content.actions.flatMap((a) => a.inspirations),
  );
  // What finalising would need first; a final plan lists none.
  const gaps = ref.status === "final" ? [] : await planGaps(ctx.db, content, ref.id);
  return {
    ...content.plan,
    statusLabel: PLAN_STATUS_LABELS[ref.status],
    version: ref.version,
    ...meta,
    partner: content.partner,
    instrument: content.instrument,
    actions: content.actions.map((a) => ({
      ...a,
      version: versionOf.get(a.id) ?? 1,
      inspirations: a.inspirations.map((i) => inspirations(i)),
      improvements: results.filter((r) => r.actionId === a.id).map(({ actionId: _a, ...r }) => r),
    })),
    snapshots,
    gaps,
    can: planCan(ctx, ref),
  };
}

const taken = () =>
  invalid("Some fields need attention", {
    policyInstrumentId: ["This policy instrument already has an action plan"],
  });

/** One plan per instrument, written by the instrument's partner (or a lead coordinator). */
export async function createPlan(
  ctx: ProjectCtx,
  input: PlanFields & { policyInstrumentId: string },
) {
  const projectId = ctx.access.projectId;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      // Locked: the instrument cannot be deleted while its plan is being created.
      const instrument = await trx
        .selectFrom("policy_instruments")
        .select(["id", "partner_id", "name"])
        .where("id", "=", input.policyInstrumentId)
        .where("project_id", "=", projectId)
        .where("deleted_at", "is", null)
        .forUpdate()
        .executeTakeFirst();
      if (!instrument)
        throw invalid("Some fields need attention", {
          policyInstrumentId: ["Choose a policy instrument of this project"],
        });
      assertCanEditPartnerRecord(ctx, instrument.partner_id, "this partner's action plans");
      const existing = await trx
        .selectFrom("action_plans")
        .select("id")
        .where("policy_instrument_id", "=", instrument.id)
        .where("deleted_at", "is", null)
        .executeTakeFirst();
      if (existing) throw taken();
      const row = await trx
        .insertInto("action_plans")
        .values({
          ...toRow(input),
          project_id: projectId,
          policy_instrument_id: instrument.id,
          partner_id: instrument.partner_id,
          created_by: ctx.actor.userId,
        })
        .returning(["id", "version", "status"])
        .executeTakeFirstOrThrow();
      await auditChange(trx, ctx, {
        entity: "action_plan",
        entityId: row.id,
        action: "create",
        summary: `Action plan ${input.title} started for ${instrument.name}`,
        data: { policyInstrumentId: instrument.id, partnerId: instrument.partner_id },
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
}

/** The plan's sections, in draft and in review; a final plan is locked. */
export async function updatePlan(
  ctx: ProjectCtx,
  input: PlanFields & { actionPlanId: string; version: number },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  assertCanEditPlan(ctx, plan);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "action_plans",
      {
        id: plan.id,
        version: input.version,
        status: ["draft", "in_review"],
        live: true,
        label: "This action plan",
      },
      { ...toRow(input), updated_at: new Date() },
      ["id", "version", "status"],
    );
    await auditChange(trx, ctx, {
      entity: "action_plan",
      entityId: plan.id,
      action: "update",
      summary: `Action plan ${input.title} updated`,
    });
    return row;
  });
}

/** Only a draft goes; a plan that was submitted has snapshots others have read. */
export async function deletePlan(
  ctx: ProjectCtx,
  input: { actionPlanId: string; version: number },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  assertCanEditPartnerRecord(ctx, plan.partner_id, "this action plan");
  if (plan.status !== "draft")
    throw conflict(
      `This action plan is ${PLAN_STATUS_LABELS[plan.status]}; only drafts can be deleted`,
    );
  return ctx.db.transaction().execute(async (trx) => {
    await lockPlanForEdit(ctx, trx, plan.id);
    return softDelete(
      trx,
      ctx,
      "action_plans",
      { id: plan.id, version: input.version, status: ["draft"], label: "This action plan" },
      { entity: "action_plan", summary: `Action plan ${plan.title} deleted` },
    );
  });
}
