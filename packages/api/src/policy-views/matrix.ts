import type { ActionPlanStatus, ActionProgressValue } from "@consortia/db";
import { invalid } from "../errors";
import { improvementsQuery } from "../improvements";
import { actionsQuery, plansQuery } from "../policy";
import { sumEuros } from "../shared/money";
import { projectSchedule } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";

const PLAN_ORDER: readonly ActionPlanStatus[] = ["draft", "in_review", "final"];

/** The most advanced of a partner's plans (a partner may address several instruments). */
const furthest = (statuses: readonly ActionPlanStatus[]) =>
  statuses.reduce<ActionPlanStatus | null>(
    (best, s) => (best === null || PLAN_ORDER.indexOf(s) > PLAN_ORDER.indexOf(best) ? s : best),
    null,
  );

const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 100);

/**
 * The partnership at a glance: one row per partner (advisory partners too, with no
 * instrument), columns for the instrument, the plan, monitoring and improvements. Plans,
 * actions, monitoring and improvements count only where the caller may see them, so a
 * partner's draft plan shows to other partners as no plan at all.
 *
 * Monitoring compares like with like: every row is read in the same reporting period, the
 * one asked for or else the latest period with any progress recorded in a visible plan.
 * Its base is the actions of final plans (monitoring follows the approved plan), less
 * cancelled ones; an action with no entry in that period counts as not reported.
 */
export async function policyMatrix(ctx: ProjectCtx, input: { periodNumber?: number | undefined }) {
  const projectId = ctx.access.projectId;
  const [partners, instruments, plans, actions, improvements, schedule] = await Promise.all([
    projectPartners(ctx.db, projectId),
    ctx.db
      .selectFrom("policy_instruments")
      .select(["id", "name", "partner_id", "is_main"])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .orderBy("is_main", "desc")
      .orderBy("name")
      .execute(),
    plansQuery(ctx)
      .select([
        "action_plans.id",
        "action_plans.status",
        "action_plans.partner_id",
        "action_plans.policy_instrument_id as policyInstrumentId",
      ])
      .execute(),
    actionsQuery(ctx)
      .select([
        "actions.id",
        "actions.status",
        "action_plans.partner_id",
        "action_plans.status as planStatus",
      ])
      .execute(),
    improvementsQuery(ctx)
      .select([
        "policy_improvements.partner_id",
        "policy_improvements.status",
        "policy_improvements.funds_mobilised_eur as funds",
      ])
      .execute(),
    projectSchedule(ctx.db, projectId),
  ]);
  if (
    input.periodNumber !== undefined &&
    !schedule.periods.some((p) => p.number === input.periodNumber)
  )
    throw invalid("Choose a reporting period of the project", {
      periodNumber: [`The project's reporting periods are 1 to ${schedule.periods.length}`],
    });
  const monitored = actions.filter((a) => a.planStatus === "final" && a.status !== "cancelled");
  const entries = monitored.length
    ? await ctx.db
        .selectFrom("action_progress")
        .select(["action_id", "period_number", "progress"])
        .where("project_id", "=", projectId)
        .where(
          "action_id",
          "in",
          monitored.map((a) => a.id),
        )
        .execute()
    : [];
  const period =
    input.periodNumber ??
    entries.reduce<number | null>((max, e) => Math.max(max ?? 0, e.period_number), null);
  const progressOf = new Map<string, ActionProgressValue>(
    entries.filter((e) => e.period_number === period).map((e) => [e.action_id, e.progress]),
  );

  const rows = partners.map((partner) => {
    const own = <T extends { partner_id: string }>(list: readonly T[]) =>
      list.filter((x) => x.partner_id === partner.id);
    const ownInstruments = own(instruments);
    const ownPlans = own(plans);
    const ownMonitored = own(monitored);
    const ownImprovements = own(improvements);
    const count = (p: ActionProgressValue) =>
      ownMonitored.filter((a) => progressOf.get(a.id) === p).length;
    const onTrack = count("on_track");
    const completed = count("completed");
    const byStatus = (s: string) => ownImprovements.filter((i) => i.status === s);
    return {
      partnerId: partner.id,
      partnerName: partner.shortName,
      country: partner.country,
      partnerRole: partner.role,
      hasInstrument: ownInstruments.length > 0,
      instruments: ownInstruments.map((i) => ({ id: i.id, name: i.name, isMain: i.is_main })),
      planStatus: furthest(ownPlans.map((p) => p.status)),
      plans: ownPlans.map((p) => ({
        id: p.id,
        status: p.status,
        policyInstrumentId: p.policyInstrumentId,
      })),
      actionsCount: own(actions).length,
      monitoring: {
        monitoredActions: ownMonitored.length,
        onTrack,
        completed,
        delayed: count("delayed"),
        notStarted: count("not_started"),
        notReported: ownMonitored.filter((a) => !progressOf.has(a.id)).length,
        onTrackOrCompletedPercent: percent(onTrack + completed, ownMonitored.length),
      },
      improvements: {
        expected: byStatus("expected").length,
        achieved: byStatus("achieved").length,
        validated: byStatus("validated").length,
      },
      fundsValidatedEur: sumEuros(byStatus("validated").map((i) => i.funds)),
      fundsAchievedEur: sumEuros(byStatus("achieved").map((i) => i.funds)),
    };
  });
  return { periodNumber: period, periods: schedule.periods.length, rows };
}
