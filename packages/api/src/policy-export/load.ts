import { notFound } from "../errors";
import { visibleActionPlans, visibleInspirationTitles } from "../policy";
import type { ProjectCtx } from "../shared/service-context";
import { UNAVAILABLE_TITLE } from "./inspirations";
import type { ActionExportModel, ActionPlanExportModel } from "./model";

/** A live action plan of this project that the caller may read; otherwise NOT_FOUND. */
export async function findExportablePlan(ctx: ProjectCtx, planId: string) {
  const plan = await ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .where("action_plans.id", "=", planId)
    .selectAll("action_plans")
    .executeTakeFirst();
  if (!plan) throw notFound("Action plan");
  return plan;
}

export type ExportablePlan = Awaited<ReturnType<typeof findExportablePlan>>;

/** Part I's facts that live outside the plan: the project, and the partner and its region. */
export async function loadPartnerContext(ctx: ProjectCtx, plan: ExportablePlan) {
  const projectId = ctx.access.projectId;
  const [project, partner] = await Promise.all([
    ctx.db
      .selectFrom("projects")
      .select(["acronym", "title", "programme"])
      .where("id", "=", projectId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("partners")
      .select([
        "id",
        "name",
        "short_name",
        "country",
        "nuts_code",
        "region_name",
        "contact_name",
        "contact_email",
      ])
      .where("id", "=", plan.partner_id)
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow(),
  ]);
  // The template's "other partners involved": project partners from the same NUTS 2 region.
  const neighbours = await ctx.db
    .selectFrom("partners")
    .select("name")
    .where("project_id", "=", projectId)
    .where("id", "!=", partner.id)
    .where("nuts_code", "like", `${partner.nuts_code.slice(0, 4)}%`)
    .orderBy("name")
    .execute();
  return {
    project,
    partner: {
      name: partner.name,
      shortName: partner.short_name,
      country: partner.country,
      nutsCode: partner.nuts_code,
      region: partner.region_name,
      contactName: partner.contact_name,
      contactEmail: partner.contact_email,
      otherPartners: neighbours.map((n) => n.name),
    },
  };
}

/** The live action plan as the caller may read it, for export. */
export async function loadActionPlanExport(
  ctx: ProjectCtx,
  planId: string,
  now = new Date(),
): Promise<ActionPlanExportModel> {
  const plan = await findExportablePlan(ctx, planId);
  const projectId = ctx.access.projectId;
  const [context, instrument, actions] = await Promise.all([
    loadPartnerContext(ctx, plan),
    ctx.db
      .selectFrom("policy_instruments")
      .select(["name", "instrument_type", "managing_authority", "territorial_level", "baseline"])
      .where("id", "=", plan.policy_instrument_id)
      .where("project_id", "=", projectId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("actions")
      .selectAll()
      .where("action_plan_id", "=", plan.id)
      .where("project_id", "=", projectId)
      .orderBy("position")
      .orderBy("created_at")
      .execute(),
  ]);
  return {
    project: context.project,
    partner: context.partner,
    instrument: {
      name: instrument.name,
      type: instrument.instrument_type,
      managingAuthority: instrument.managing_authority,
      territorialLevel: instrument.territorial_level,
      baseline: instrument.baseline,
    },
    plan: {
      title: plan.title,
      language: plan.language,
      status: plan.status,
      generalInformation: plan.general_information,
      generalInformationEn: plan.general_information_en,
      policyContext: plan.policy_context,
      policyContextEn: plan.policy_context_en,
      actionsSummaryEn: plan.actions_summary_en,
      snapshot: null,
      finalisedAt: plan.status === "final" ? plan.finalised_at : null,
    },
    actions: await withInspirations(
      ctx,
      actions.map((a, i) => ({
        id: a.id,
        number: i + 1,
        title: a.title,
        background: a.background,
        inspirations: [],
        activities: a.activities,
        players: a.players,
        startDate: a.start_date,
        endDate: a.end_date,
        estimatedCostEur: a.estimated_cost_eur === null ? null : decimal(a.estimated_cost_eur),
        fundingSources: a.funding_sources,
        status: a.status,
        summaryEn: a.summary_en,
      })),
    ),
    generatedAt: now,
  };
}

/** numeric(14,2) with exactly two decimals, whichever driver read it. */
function decimal(v: string | number): string {
  const s = String(v);
  const [whole, fraction = ""] = s.split(".");
  return `${whole}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}

async function withInspirations(
  ctx: ProjectCtx,
  actions: (ActionExportModel & { id: string })[],
): Promise<ActionExportModel[]> {
  const rows = actions.length
    ? await ctx.db
        .selectFrom("action_inspirations")
        .select(["action_id", "kind", "good_practice_id", "learning_event_id", "recommendation_id"])
        .where("project_id", "=", ctx.access.projectId)
        .where(
          "action_id",
          "in",
          actions.map((a) => a.id),
        )
        .orderBy("created_at")
        .orderBy("id")
        .execute()
    : [];
  const links = rows.flatMap((r) => {
    const id = r.good_practice_id ?? r.learning_event_id ?? r.recommendation_id;
    return id ? [{ actionId: r.action_id, kind: r.kind, id }] : [];
  });
  const titles = await visibleInspirationTitles(ctx, links);
  return actions.map(({ id, ...a }) => ({
    ...a,
    inspirations: links
      .filter((l) => l.actionId === id)
      .map((l) => ({ kind: l.kind, title: titles.get(l.id) ?? UNAVAILABLE_TITLE })),
  }));
}
