import type { ActionInspirationKind, ActionPlanStatus, Db } from "@consortia/db";
import { notFound } from "../errors";
import type { ActionInput } from "./actions";
import type { InstrumentInput } from "./instruments";
import type { PlanFields } from "./plans";

export type InspirationContent = {
  /** The link's own id (to remove it); the diff compares by kind and target id. */
  linkId: string;
  kind: ActionInspirationKind;
  /** The good practice's, learning event's or recommendation's id. */
  id: string;
  title: string;
  /** For a recommendation: the peer review it came from. */
  eventId: string | null;
  eventTitle: string | null;
  note: string;
};

/** An action as its plan's editors write it, with its place and what inspired it. */
export type ActionContent = { id: string; position: number } & ActionInput & {
    inspirations: InspirationContent[];
  };

/**
 * An action plan's whole content: what a submission freezes in a snapshot, what the diff
 * compares and what the exports print. Plain JSON, so it survives a round trip through jsonb.
 */
export type ActionPlanContent = {
  format: 1;
  project: { id: string; acronym: string; title: string };
  partner: { id: string; name: string; shortName: string; country: string };
  instrument: { id: string } & Omit<InstrumentInput, "partnerId">;
  plan: { id: string; status: ActionPlanStatus } & PlanFields;
  actions: ActionContent[];
};

/** Normalises numeric(14,2) to two decimals, whichever driver read it. */
const money = (v: string | number | null): string | null =>
  v === null ? null : Number(v).toFixed(2);

/**
 * Reads the current content of a live action plan of the project. No access checks: callers
 * check that the caller may read the plan first.
 */
export async function loadActionPlanContent(
  db: Db,
  projectId: string,
  planId: string,
): Promise<ActionPlanContent> {
  const row = await db
    .selectFrom("action_plans as ap")
    .innerJoin("policy_instruments as i", "i.id", "ap.policy_instrument_id")
    .innerJoin("partners as p", "p.id", "ap.partner_id")
    .innerJoin("projects as pr", "pr.id", "ap.project_id")
    .where("ap.id", "=", planId)
    .where("ap.project_id", "=", projectId)
    .where("ap.deleted_at", "is", null)
    .select([
      "ap.id",
      "ap.title",
      "ap.language",
      "ap.status",
      "ap.general_information",
      "ap.general_information_en",
      "ap.policy_context",
      "ap.policy_context_en",
      "ap.actions_summary_en",
      "pr.acronym as project_acronym",
      "pr.title as project_title",
      "p.id as partner_id",
      "p.name as partner_name",
      "p.short_name as partner_short_name",
      "p.country as partner_country",
      "i.id as instrument_id",
      "i.name as instrument_name",
      "i.instrument_type",
      "i.managing_authority",
      "i.territorial_level",
      "i.managed_by_partner",
      "i.is_main",
      "i.description as instrument_description",
      "i.baseline",
    ])
    .executeTakeFirst();
  if (!row) throw notFound("Action plan");
  const actions = await db
    .selectFrom("actions")
    .selectAll()
    .where("action_plan_id", "=", planId)
    .orderBy("position")
    .orderBy("created_at")
    .execute();
  const inspirations = await loadInspirations(
    db,
    actions.map((a) => a.id),
  );
  return {
    format: 1,
    project: { id: projectId, acronym: row.project_acronym, title: row.project_title },
    partner: {
      id: row.partner_id,
      name: row.partner_name,
      shortName: row.partner_short_name,
      country: row.partner_country,
    },
    instrument: {
      id: row.instrument_id,
      name: row.instrument_name,
      instrumentType: row.instrument_type,
      managingAuthority: row.managing_authority,
      territorialLevel: row.territorial_level,
      managedByPartner: row.managed_by_partner,
      isMain: row.is_main,
      description: row.instrument_description,
      baseline: row.baseline,
    },
    plan: {
      id: row.id,
      title: row.title,
      language: row.language,
      status: row.status,
      generalInformation: row.general_information,
      generalInformationEn: row.general_information_en,
      policyContext: row.policy_context,
      policyContextEn: row.policy_context_en,
      actionsSummaryEn: row.actions_summary_en,
    },
    actions: actions.map((a, i) => ({
      id: a.id,
      position: i + 1,
      title: a.title,
      background: a.background,
      activities: a.activities,
      players: a.players,
      startDate: a.start_date,
      endDate: a.end_date,
      estimatedCostEur: money(a.estimated_cost_eur),
      fundingSources: a.funding_sources,
      status: a.status,
      summaryEn: a.summary_en,
      inspirations: inspirations.get(a.id) ?? [],
    })),
  };
}

/** Each action's inspirations with their targets' titles, in the order they were added. */
async function loadInspirations(db: Db, actionIds: string[]) {
  const byAction = new Map<string, InspirationContent[]>();
  if (actionIds.length === 0) return byAction;
  const rows = await db
    .selectFrom("action_inspirations as ai")
    .leftJoin("good_practices as gp", "gp.id", "ai.good_practice_id")
    .leftJoin("peer_review_recommendations as r", "r.id", "ai.recommendation_id")
    .leftJoin("learning_events as e", (j) =>
      j.on((eb) =>
        eb.or([
          eb("e.id", "=", eb.ref("ai.learning_event_id")),
          eb("e.id", "=", eb.ref("r.event_id")),
        ]),
      ),
    )
    .select([
      "ai.id as link_id",
      "ai.action_id",
      "ai.kind",
      "ai.good_practice_id",
      "ai.learning_event_id",
      "ai.recommendation_id",
      "ai.note",
      "gp.title as practice_title",
      "r.text as recommendation_text",
      "e.id as event_id",
      "e.title as event_title",
    ])
    .where("ai.action_id", "in", actionIds)
    .orderBy("ai.created_at")
    .orderBy("ai.id")
    .execute();
  for (const r of rows) {
    const id = r.good_practice_id ?? r.learning_event_id ?? r.recommendation_id;
    if (!id) continue;
    const item: InspirationContent = {
      linkId: r.link_id,
      kind: r.kind,
      id,
      title:
        r.kind === "good_practice"
          ? (r.practice_title ?? "")
          : r.kind === "learning_event"
            ? (r.event_title ?? "")
            : (r.recommendation_text ?? ""),
      eventId: r.kind === "recommendation" ? r.event_id : null,
      eventTitle: r.kind === "recommendation" ? r.event_title : null,
      note: r.note,
    };
    byAction.set(r.action_id, [...(byAction.get(r.action_id) ?? []), item]);
  }
  return byAction;
}
