import type { ActionInspirationKind } from "@consortia/db";
import { visibleGoodPractices } from "../learning";
import type { ProjectCtx } from "../shared/service-context";

export type InspirationTarget = { kind: ActionInspirationKind; id: string };

/**
 * What an export shows for an inspiration the caller may not open (a good practice returned
 * to its owner, a deleted learning event): it keeps its place in the background, untitled,
 * as on the action plan's page.
 */
export const UNAVAILABLE_TITLE = "not available to you (not shared, or removed)";

/**
 * The titles of the inspirations the caller may see, by target id: good practices as the
 * learning module shows them to this caller, live learning events of the project, and
 * recommendations of live peer reviews ("text (peer review title)").
 */
export async function visibleInspirationTitles(
  ctx: ProjectCtx,
  targets: readonly InspirationTarget[],
): Promise<Map<string, string>> {
  const ids = (kind: ActionInspirationKind) =>
    targets.filter((t) => t.kind === kind).map((t) => t.id);
  const practiceIds = ids("good_practice");
  const eventIds = ids("learning_event");
  const recommendationIds = ids("recommendation");
  const projectId = ctx.access.projectId;
  const [practices, events, recommendations] = await Promise.all([
    practiceIds.length
      ? ctx.db
          .selectFrom("good_practices")
          .where(visibleGoodPractices(ctx))
          .where("good_practices.id", "in", practiceIds)
          .select(["good_practices.id", "good_practices.title"])
          .execute()
      : [],
    eventIds.length
      ? ctx.db
          .selectFrom("learning_events")
          .where("project_id", "=", projectId)
          .where("deleted_at", "is", null)
          .where("id", "in", eventIds)
          .select(["id", "title"])
          .execute()
      : [],
    recommendationIds.length
      ? ctx.db
          .selectFrom("peer_review_recommendations as r")
          .innerJoin("learning_events as e", "e.id", "r.event_id")
          .where("r.project_id", "=", projectId)
          .where("e.project_id", "=", projectId)
          .where("e.deleted_at", "is", null)
          .where("r.id", "in", recommendationIds)
          .select(["r.id", "r.text", "e.title as eventTitle"])
          .execute()
      : [],
  ]);
  const titles = new Map<string, string>();
  for (const p of practices) titles.set(p.id, p.title);
  for (const e of events) titles.set(e.id, e.title);
  for (const r of recommendations) titles.set(r.id, recommendationTitle(r.text, r.eventTitle));
  return titles;
}

export function recommendationTitle(text: string, eventTitle: string | null | undefined) {
  return eventTitle ? `${text} (${eventTitle})` : text;
}
