import type { ActionInspirationKind } from "@consortia/db";
import { invalid } from "../errors";
import { visibleGoodPractices } from "../learning";
import { containing } from "../shared/list-query";
import type { ProjectCtx } from "../shared/service-context";
import type { InspirationContent } from "./snapshot-content";

/**
 * What can inspire an action (the learning chain's links into the action plan): good practices
 * the caller may see, and live learning events and peer-review recommendations of the project.
 */

function visiblePractices(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("good_practices")
    .where(visibleGoodPractices(ctx))
    .innerJoin("partners as owner", "owner.id", "good_practices.owner_partner_id");
}

function liveEvents(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("learning_events as e")
    .innerJoin("partners as host", "host.id", "e.host_partner_id")
    .where("e.project_id", "=", ctx.access.projectId)
    .where("e.deleted_at", "is", null);
}

function liveRecommendations(ctx: ProjectCtx) {
  return liveEvents(ctx)
    .innerJoin("peer_review_recommendations as r", "r.event_id", "e.id")
    .where("r.project_id", "=", ctx.access.projectId);
}

export const inspirationHref = (
  projectId: string,
  kind: ActionInspirationKind,
  id: string,
  eventId: string | null,
) =>
  kind === "good_practice"
    ? `/projects/${projectId}/practices/${id}`
    : `/projects/${projectId}/learning/${kind === "learning_event" ? id : eventId}`;

/** Refuses, as a field error, a target that is not in the project or not visible to the caller. */
export async function assertInspirationTarget(
  ctx: ProjectCtx,
  kind: ActionInspirationKind,
  targetId: string,
) {
  const found =
    kind === "good_practice"
      ? await visiblePractices(ctx)
          .select("good_practices.title as title")
          .where("good_practices.id", "=", targetId)
          .executeTakeFirst()
      : kind === "learning_event"
        ? await liveEvents(ctx)
            .select("e.title as title")
            .where("e.id", "=", targetId)
            .executeTakeFirst()
        : await liveRecommendations(ctx)
            .select("r.text as title")
            .where("r.id", "=", targetId)
            .executeTakeFirst();
  if (!found)
    throw invalid("Some fields need attention", {
      targetId: [
        kind === "good_practice"
          ? "Choose a good practice of this project that you can see"
          : kind === "learning_event"
            ? "Choose a learning event of this project"
            : "Choose a peer-review recommendation of this project",
      ],
    });
  return found;
}

/** A recommendation as an inspiration is named: "text (peer review title)". */
export function recommendationTitle(text: string, eventTitle: string | null | undefined) {
  return eventTitle ? `${text} (${eventTitle})` : text;
}

/**
 * The titles of the inspirations the caller may open, by target id: good practices as the
 * learning module shows them to this caller, live learning events of the project, and
 * recommendations of live peer reviews.
 */
export async function visibleInspirationTitles(
  ctx: ProjectCtx,
  targets: readonly { kind: ActionInspirationKind; id: string }[],
): Promise<Map<string, string>> {
  const ids = (kind: ActionInspirationKind) =>
    targets.filter((t) => t.kind === kind).map((t) => t.id);
  const practiceIds = ids("good_practice");
  const eventIds = ids("learning_event");
  const recommendationIds = ids("recommendation");
  const [practices, events, recommendations] = await Promise.all([
    practiceIds.length
      ? visiblePractices(ctx)
          .select(["good_practices.id", "good_practices.title"])
          .where("good_practices.id", "in", practiceIds)
          .execute()
      : [],
    eventIds.length
      ? liveEvents(ctx).select(["e.id", "e.title"]).where("e.id", "in", eventIds).execute()
      : [],
    recommendationIds.length
      ? liveRecommendations(ctx)
          .select(["r.id", "r.text", "e.title as eventTitle"])
          .where("r.id", "in", recommendationIds)
          .execute()
      : [],
  ]);
  const titles = new Map<string, string>();
  for (const p of practices) titles.set(p.id, p.title);
  for (const e of events) titles.set(e.id, e.title);
  for (const r of recommendations) titles.set(r.id, recommendationTitle(r.text, r.eventTitle));
  return titles;
}

/**
 * Marks the inspirations the caller cannot open (a practice returned to its owner, or a
 * deleted event): they keep their place, without the title.
 */
export async function resolveForCaller(ctx: ProjectCtx, items: InspirationContent[]) {
  const open = await visibleInspirationTitles(ctx, items);
  return (i: InspirationContent) => {
    const available = open.has(i.id);
    return {
      ...i,
      available,
      title: available ? i.title : null,
      eventTitle: available ? i.eventTitle : null,
      href: available ? inspirationHref(ctx.access.projectId, i.kind, i.id, i.eventId) : null,
    };
  };
}

const OPTIONS_LIMIT = 20;

/** Candidates for an action's background, matching the search text, at most 20 of each kind. */
export async function inspirationOptions(ctx: ProjectCtx, input: { q: string }) {
  const projectId = ctx.access.projectId;
  const q = input.q ? containing(input.q) : null;
  let practices = visiblePractices(ctx);
  let events = liveEvents(ctx);
  let recommendations = liveRecommendations(ctx);
  if (q) {
    practices = practices.where("good_practices.title", "ilike", q);
    events = events.where("e.title", "ilike", q);
    recommendations = recommendations.where((eb) =>
      eb.or([eb("r.text", "ilike", q), eb("e.title", "ilike", q)]),
    );
  }
  const [p, e, r] = await Promise.all([
    practices
      .select([
        "good_practices.id",
        "good_practices.title",
        "good_practices.status",
        "owner.short_name as partnerName",
      ])
      .orderBy("good_practices.title")
      .orderBy("good_practices.id")
      .limit(OPTIONS_LIMIT)
      .execute(),
    events
      .select([
        "e.id",
        "e.title",
        "e.kind",
        "e.start_date as startDate",
        "host.short_name as partnerName",
      ])
      .orderBy("e.start_date", "desc")
      .orderBy("e.id")
      .limit(OPTIONS_LIMIT)
      .execute(),
    recommendations
      .select([
        "r.id",
        "r.text as title",
        "r.status",
        "e.id as eventId",
        "e.title as eventTitle",
        "host.short_name as partnerName",
      ])
      .orderBy("e.start_date", "desc")
      .orderBy("r.position")
      .orderBy("r.id")
      .limit(OPTIONS_LIMIT)
      .execute(),
  ]);
  return {
    goodPractices: p.map((x) => ({
      ...x,
      href: inspirationHref(projectId, "good_practice", x.id, null),
    })),
    learningEvents: e.map((x) => ({
      ...x,
      href: inspirationHref(projectId, "learning_event", x.id, null),
    })),
    recommendations: r.map((x) => ({
      ...x,
      href: inspirationHref(projectId, "recommendation", x.id, x.eventId),
    })),
  };
}
