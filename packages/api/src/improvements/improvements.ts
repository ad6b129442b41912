import type { PolicyImprovementStatus, PolicyImprovementType } from "@consortia/db";
import { evidenceCounts, listAttachments } from "../documents";
import { conflict, invalid, notFound } from "../errors";
import { practicesQuery } from "../learning";
import { actionsQuery, assertCanEditPartnerRecord } from "../policy";
import { twoDecimals } from "../shared/money";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import { improvementCan } from "./improvement-workflow";
import {
  checkImprovementRefs,
  hiddenPracticeLinks,
  type ImprovementRefs,
  writeImprovementLinks,
} from "./links";
import { asLoaded, improvementsQuery, loadImprovement } from "./queries";
import { missingForAchievement } from "./schemas";

export type ImprovementInput = ImprovementRefs & {
  improvementType: PolicyImprovementType;
  title: string;
  description: string;
  improvementDate: string | null;
  fundsMobilisedEur: string | null;
  justification: string;
  actionIds: string[];
  goodPracticeIds: string[];
};

export type ImprovementFilters = {
  partnerId?: string | undefined;
  status?: PolicyImprovementStatus | undefined;
  improvementType?: PolicyImprovementType | undefined;
};

const summaryColumns = [
  "policy_improvements.id",
  "policy_improvements.title",
  "policy_improvements.partner_id as partnerId",
  "partner.short_name as partnerName",
  "partner.country",
  "policy_improvements.policy_instrument_id as policyInstrumentId",
  "instrument.name as policyInstrumentName",
  "policy_improvements.improvement_type as improvementType",
  "policy_improvements.status",
  "policy_improvements.improvement_date as improvementDate",
  "policy_improvements.funds_mobilised_eur as fundsMobilisedEur",
  "policy_improvements.validated_on as validatedOn",
  "policy_improvements.updated_at as updatedAt",
  "policy_improvements.version",
] as const;

/** The improvements the caller may see (observers: achieved and validated ones only). */
export async function listImprovements(ctx: ProjectCtx, input: ImprovementFilters) {
  let q = improvementsQuery(ctx);
  if (input.partnerId) q = q.where("policy_improvements.partner_id", "=", input.partnerId);
  if (input.status) q = q.where("policy_improvements.status", "=", input.status);
  if (input.improvementType)
    q = q.where("policy_improvements.improvement_type", "=", input.improvementType);
  const rows = await q
    .select(summaryColumns)
    .orderBy("partner.short_name")
    .orderBy("policy_improvements.improvement_date", (o) => o.desc().nullsFirst())
    .orderBy("policy_improvements.id")
    .execute();
  const evidence = await evidenceCounts(
    ctx,
    "policy_improvement",
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    fundsMobilisedEur: twoDecimals(r.fundsMobilisedEur),
    evidenceCount: evidence.get(r.id) ?? 0,
    can: improvementCan(ctx, r),
  }));
}

/** One improvement with the actions and good practices behind it and its evidence. */
export async function getImprovement(ctx: ProjectCtx, input: { improvementId: string }) {
  const i = await improvementsQuery(ctx)
    .select([
      ...summaryColumns,
      "policy_improvements.description",
      "policy_improvements.justification",
      "policy_improvements.achieved_at as achievedAt",
      "policy_improvements.achieved_by as achievedBy",
      "policy_improvements.validated_at as validatedAt",
      "policy_improvements.validated_by as validatedBy",
      "policy_improvements.created_by as createdBy",
      "policy_improvements.created_at as createdAt",
    ])
    .where("policy_improvements.id", "=", input.improvementId)
    .executeTakeFirst();
  if (!i) throw notFound("Policy improvement");
  const people = [i.createdBy, i.achievedBy, i.validatedBy].filter((x): x is string => !!x);
  const [users, actions, practices, attachments] = await Promise.all([
    people.length
      ? ctx.db.selectFrom("users").select(["id", "name"]).where("id", "in", people).execute()
      : Promise.resolve([]),
    actionsQuery(ctx)
      .innerJoin("policy_improvement_actions as l", "l.action_id", "actions.id")
      .where("l.improvement_id", "=", i.id)
      .select([
        "actions.id",
        "actions.title",
        "actions.status",
        "action_plans.id as planId",
        "action_plans.title as planTitle",
      ])
      .orderBy("action_plans.title")
      .orderBy("actions.position")
      .execute(),
    practicesQuery(ctx)
      .innerJoin("policy_improvement_practices as l", "l.good_practice_id", "good_practices.id")
      .where("l.improvement_id", "=", i.id)
      .select([
        "good_practices.id",
        "good_practices.title",
        "good_practices.status",
        "owner.short_name as ownerPartnerName",
      ])
      .orderBy("good_practices.title")
      .execute(),
    listAttachments(ctx, "policy_improvement", [i.id]),
  ]);
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.name ?? null;
  const evidence = attachments[i.id] ?? [];
  return {
    ...i,
    fundsMobilisedEur: twoDecimals(i.fundsMobilisedEur),
    createdByName: nameOf(i.createdBy),
    workflow: {
      achieved: { at: i.achievedAt, by: nameOf(i.achievedBy) },
      validated: { on: i.validatedOn, at: i.validatedAt, by: nameOf(i.validatedBy) },
    },
    actions,
    goodPractices: practices,
    evidence,
    missingForAchievement:
      i.status === "expected"
        ? missingForAchievement({ ...i, evidenceCount: evidence.length })
        : {},
    can: improvementCan(ctx, i),
  };
}

function toRow(input: ImprovementInput) {
  return {
    partner_id: input.partnerId,
    policy_instrument_id: input.policyInstrumentId,
    improvement_type: input.improvementType,
    title: input.title,
    description: input.description,
    improvement_date: input.improvementDate,
    funds_mobilised_eur: input.fundsMobilisedEur,
    justification: input.justification,
  };
}

/** A new expected improvement, by the partner's editors or a lead coordinator. */
export async function createImprovement(ctx: ProjectCtx, input: ImprovementInput) {
  const projectId = ctx.access.projectId;
  assertCanEditPartnerRecord(ctx, input.partnerId, "this partner's policy improvements");
  return ctx.db.transaction().execute(async (trx) => {
    await checkImprovementRefs(ctx, trx, input);
    const row = await trx
      .insertInto("policy_improvements")
      .values({ ...toRow(input), project_id: projectId, created_by: ctx.actor.userId })
      .returning(["id", "version", "status"])
      .executeTakeFirstOrThrow();
    await writeImprovementLinks(trx, projectId, row.id, input);
    await auditChange(trx, ctx, {
      entity: "policy_improvement",
      entityId: row.id,
      action: "create",
      summary: `Policy improvement ${input.title} recorded as expected`,
      data: { partnerId: input.partnerId, policyInstrumentId: input.policyInstrumentId },
    });
    return row;
  });
}

/**
 * Changes an expected or achieved improvement (a validated one is the programme's record:
 * a lead coordinator reverts it first). An achieved one keeps what achieving it required.
 */
export async function updateImprovement(
  ctx: ProjectCtx,
  input: ImprovementInput & { improvementId: string; version: number },
) {
  const projectId = ctx.access.projectId;
  const i = await loadImprovement(ctx, input.improvementId);
  assertCanEditPartnerRecord(ctx, i.partner_id, "this partner's policy improvements");
  if (i.status === "validated")
    throw conflict(
      "This improvement is validated by the programme; a lead coordinator reverts it before it changes",
    );
  assertCanEditPartnerRecord(ctx, input.partnerId, "this partner's policy improvements");
  return ctx.db.transaction().execute(async (trx) => {
    await checkImprovementRefs(ctx, trx, input);
    if (i.status === "achieved") {
      const { evidence: _e, ...missing } = missingForAchievement({ ...input, evidenceCount: 1 });
      if (Object.keys(missing).length)
        throw invalid(
          "An achieved improvement keeps its description, date and justification",
          Object.fromEntries(
            Object.keys(missing).map((k) => [k, ["Needed while the improvement is achieved"]]),
          ),
        );
    }
    const row = await updateVersioned(
      trx,
      "policy_improvements",
      asLoaded(i, input.version),
      { ...toRow(input), updated_at: new Date() },
      ["id", "version", "status"],
    );
    const hidden = await hiddenPracticeLinks(ctx, trx, i.id);
    await writeImprovementLinks(trx, projectId, i.id, {
      actionIds: input.actionIds,
      goodPracticeIds: [...new Set([...input.goodPracticeIds, ...hidden])],
    });
    await auditChange(trx, ctx, {
      entity: "policy_improvement",
      entityId: i.id,
      action: "update",
      summary: `Policy improvement ${input.title} updated`,
    });
    return row;
  });
}

/** Expected and achieved improvements can be deleted; a validated one cannot. */
export async function deleteImprovement(
  ctx: ProjectCtx,
  input: { improvementId: string; version: number },
) {
  const i = await loadImprovement(ctx, input.improvementId);
  assertCanEditPartnerRecord(ctx, i.partner_id, "this partner's policy improvements");
  if (i.status === "validated")
    throw conflict("This improvement is validated by the programme and cannot be deleted");
  const unvalidated = ["expected", "achieved"] as const;
  return ctx.db
    .transaction()
    .execute((trx) =>
      softDelete(
        trx,
        ctx,
        "policy_improvements",
        { id: i.id, version: input.version, status: unvalidated, label: "This policy improvement" },
        { entity: "policy_improvement", summary: `Policy improvement ${i.title} deleted` },
      ),
    );
}
