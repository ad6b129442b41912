import { ACTION_STATUSES, type ActionProgressValue, type ActionStatus } from "@consortia/db";
import { notFound } from "../errors";
import { improvementsQuery } from "../improvements";
import { PROGRESS_LABELS } from "../monitoring";
import { actionsQuery, plansQuery } from "../policy";
import { sumEuros, twoDecimals } from "../shared/money";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";

export type LatestProgress = {
  actionId: string;
  periodNumber: number;
  progress: ActionProgressValue;
  percent: number;
  comment: string;
  updatedAt: Date;
};

/** Each action's most recent progress entry (highest period), if any. */
export async function latestProgress(
  ctx: ProjectCtx,
  actionIds: readonly string[],
): Promise<Map<string, LatestProgress>> {
  const latest = new Map<string, LatestProgress>();
  if (actionIds.length === 0) return latest;
  const rows = await ctx.db
    .selectFrom("action_progress")
    .select([
      "action_id as actionId",
      "period_number as periodNumber",
      "progress",
      "percent",
      "comment",
      "updated_at as updatedAt",
    ])
    .where("project_id", "=", ctx.access.projectId)
    .where("action_id", "in", [...actionIds])
    .orderBy("period_number", "desc")
    .execute();
  for (const r of rows) if (!latest.has(r.actionId)) latest.set(r.actionId, r);
  return latest;
}

/**
 * A region's status page: its policy instruments, each with its action plan (when the
 * caller may see it), the plan's actions by status with their latest monitoring, and the
 * improvements recorded against the instrument with their status and funds.
 */
export async function instrumentStatus(ctx: ProjectCtx, input: { partnerId: string }) {
  const projectId = ctx.access.projectId;
  const partner = await ctx.db
    .selectFrom("partners")
    .select([
      "id",
      "name",
      "short_name as shortName",
      "country",
      "region_name as regionName",
      "role",
    ])
    .where("id", "=", input.partnerId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!partner) throw notFound("Partner");
  const [instruments, plans, actions, improvements] = await Promise.all([
    ctx.db
      .selectFrom("policy_instruments")
      .select([
        "id",
        "name",
        "instrument_type as instrumentType",
        "managing_authority as managingAuthority",
        "territorial_level as territorialLevel",
        "managed_by_partner as managedByPartner",
        "is_main as isMain",
        "description",
        "baseline",
        "version",
      ])
      .where("project_id", "=", projectId)
      .where("partner_id", "=", partner.id)
      .where("deleted_at", "is", null)
      .orderBy("is_main", "desc")
      .orderBy("name")
      .execute(),
    plansQuery(ctx)
      .select([
        "action_plans.id",
        "action_plans.title",
        "action_plans.status",
        "action_plans.policy_instrument_id as policyInstrumentId",
        "action_plans.finalised_at as finalisedAt",
      ])
      .where("action_plans.partner_id", "=", partner.id)
      .execute(),
    actionsQuery(ctx)
      .select([
        "actions.id",
        "actions.title",
        "actions.status",
        "actions.position",
        "actions.start_date as startDate",
        "actions.end_date as endDate",
        "action_plans.id as planId",
      ])
      .where("action_plans.partner_id", "=", partner.id)
      .orderBy("actions.position")
      .orderBy("actions.id")
      .execute(),
    improvementsQuery(ctx)
      .select([
        "policy_improvements.id",
        "policy_improvements.title",
        "policy_improvements.improvement_type as improvementType",
        "policy_improvements.status",
        "policy_improvements.improvement_date as improvementDate",
        "policy_improvements.validated_on as validatedOn",
        "policy_improvements.funds_mobilised_eur as fundsMobilisedEur",
        "policy_improvements.policy_instrument_id as policyInstrumentId",
      ])
      .where("policy_improvements.partner_id", "=", partner.id)
      .orderBy("policy_improvements.improvement_date", (o) => o.desc().nullsFirst())
      .orderBy("policy_improvements.id")
      .execute(),
  ]);
  const latest = await latestProgress(
    ctx,
    actions.map((a) => a.id),
  );
  return {
    partner,
    can: { edit: actsForPartner(ctx.access, partner.id) },
    instruments: instruments.map((instrument) => {
      const plan = plans.find((p) => p.policyInstrumentId === instrument.id);
      const own = actions.filter((a) => a.planId === plan?.id);
      const improved = improvements.filter((i) => i.policyInstrumentId === instrument.id);
      const fundsOf = (status: string) =>
        sumEuros(improved.filter((i) => i.status === status).map((i) => i.fundsMobilisedEur));
      return {
        ...instrument,
        plan: plan
          ? {
              ...plan,
              actionCounts: Object.fromEntries(
                ACTION_STATUSES.map((s) => [s, own.filter((a) => a.status === s).length]),
              ) as Record<ActionStatus, number>,
              actions: own.map(({ planId: _p, ...a }) => {
                const l = latest.get(a.id);
                return {
                  ...a,
                  latest: l
                    ? {
                        periodNumber: l.periodNumber,
                        progress: l.progress,
                        progressLabel: PROGRESS_LABELS[l.progress],
                        percent: l.percent,
                        comment: l.comment,
                        updatedAt: l.updatedAt,
                      }
                    : null,
                };
              }),
            }
          : null,
        improvements: improved.map(({ policyInstrumentId: _i, ...i }) => ({
          ...i,
          fundsMobilisedEur: twoDecimals(i.fundsMobilisedEur),
        })),
        funds: { validated: fundsOf("validated"), achieved: fundsOf("achieved") },
      };
    }),
  };
}
