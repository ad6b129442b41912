import type { Db, RecommendationStatus } from "@consortia/db";
import { conflict, invalid, notFound, staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { assertCanEditEvent } from "./access";
import { loadEvent } from "./event-queries";

/** A peer review's to-do list, in its order. */
export function recommendationsOf(db: Db, eventId: string) {
  return db
    .selectFrom("peer_review_recommendations")
    .select([
      "id",
      "text",
      "status",
      "position",
      "version",
      "created_at as createdAt",
      "updated_at as updatedAt",
    ])
    .where("event_id", "=", eventId)
    .orderBy("position")
    .orderBy("created_at")
    .execute();
}

/**
 * The event's recommendations with the event locked, so one added or removed meanwhile waits
 * and the list read here stays final for the transaction.
 */
export async function lockedRecommendations(trx: Db, eventId: string) {
  await trx
    .selectFrom("learning_events")
    .select("id")
    .where("id", "=", eventId)
    .forUpdate()
    .execute();
  return recommendationsOf(trx, eventId);
}

/** The peer review, editable by the caller (host partner's editors, lead coordinators). */
async function loadPeerReview(ctx: ProjectCtx, eventId: string) {
  const event = await loadEvent(ctx, eventId);
  assertCanEditEvent(ctx.access, event.host_partner_id);
  if (event.kind !== "peer_review")
    throw invalid("Only peer reviews have recommendations", {
      eventId: ["Recommendations belong to peer reviews"],
    });
  return event;
}

async function loadRecommendation(ctx: ProjectCtx, recommendationId: string) {
  const rec = await ctx.db
    .selectFrom("peer_review_recommendations as r")
    .innerJoin("learning_events as e", "e.id", "r.event_id")
    .select(["r.id", "r.event_id", "r.text", "r.version"])
    .where("r.id", "=", recommendationId)
    .where("r.project_id", "=", ctx.access.projectId)
    .where("e.deleted_at", "is", null)
    .executeTakeFirst();
  if (!rec) throw notFound("Recommendation");
  await loadPeerReview(ctx, rec.event_id);
  return rec;
}

const audit = (ctx: ProjectCtx, db: Db, id: string, action: string, summary: string) =>
  auditChange(db, ctx, {
    entity: "peer_review_recommendation",
    entityId: id,
    action,
    summary,
  });

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

export async function addRecommendation(ctx: ProjectCtx, input: { eventId: string; text: string }) {
  const event = await loadPeerReview(ctx, input.eventId);
  return ctx.db.transaction().execute(async (trx) => {
    // Serialises concurrent additions to one list, so positions stay distinct.
    // Locked, then checked again: the event may have stopped being a peer review meanwhile.
    const locked = await trx
      .selectFrom("learning_events")
      .select("kind")
      .where("id", "=", event.id)
      .forUpdate()
      .executeTakeFirst();
    if (locked?.kind !== "peer_review")
      throw invalid("Only peer reviews have recommendations", {
        eventId: ["Recommendations belong to peer reviews"],
      });
    const last = await trx
      .selectFrom("peer_review_recommendations")
      .select((eb) => eb.fn.max("position").as("max"))
      .where("event_id", "=", event.id)
      .executeTakeFirst();
    const row = await trx
      .insertInto("peer_review_recommendations")
      .values({
        project_id: ctx.access.projectId,
        event_id: event.id,
        text: input.text,
        position: (last?.max ?? 0) + 1,
        created_by: ctx.actor.userId,
      })
      .returning(["id", "version", "position"])
      .executeTakeFirstOrThrow();
    await audit(
      ctx,
      trx,
      row.id,
      "create",
      `Recommendation added to ${event.title}: ${short(input.text)}`,
    );
    return row;
  });
}

export async function updateRecommendation(
  ctx: ProjectCtx,
  input: { recommendationId: string; version: number; text: string; status: RecommendationStatus },
) {
  const rec = await loadRecommendation(ctx, input.recommendationId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "peer_review_recommendations",
      { id: rec.id, version: input.version, label: "This recommendation" },
      { text: input.text, status: input.status, updated_at: new Date() },
      ["id", "version", "status"],
    );
    await audit(ctx, trx, rec.id, "update", `Recommendation ${short(input.text)}: ${input.status}`);
    return row;
  });
}

/** The caller sends the whole list in its new order; a list that changed meanwhile is refused. */
export async function reorderRecommendations(
  ctx: ProjectCtx,
  input: { eventId: string; recommendationIds: string[] },
) {
  const event = await loadPeerReview(ctx, input.eventId);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await lockedRecommendations(trx, event.id);
    const wanted = new Set(input.recommendationIds);
    if (
      wanted.size !== input.recommendationIds.length ||
      current.length !== wanted.size ||
      current.some((r) => !wanted.has(r.id))
    ) {
      throw conflict(
        "The recommendations changed since you opened the list. Reload to see the current list.",
      );
    }
    for (const [i, id] of input.recommendationIds.entries()) {
      await trx
        .updateTable("peer_review_recommendations")
        .set({ position: i + 1 })
        .where("id", "=", id)
        .execute();
    }
    await auditChange(trx, ctx, {
      entity: "learning_event",
      entityId: event.id,
      action: "reorder_recommendations",
      summary: `Recommendations of ${event.title} reordered`,
    });
    return { eventId: event.id, recommendationIds: input.recommendationIds };
  });
}

export async function removeRecommendation(
  ctx: ProjectCtx,
  input: { recommendationId: string; version: number },
) {
  const rec = await loadRecommendation(ctx, input.recommendationId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("peer_review_recommendations")
      .where("id", "=", rec.id)
      .where("version", "=", input.version)
      .returning("id")
      .executeTakeFirst();
    if (!row) throw staleVersion("This recommendation");
    await audit(ctx, trx, rec.id, "delete", `Recommendation removed: ${short(rec.text)}`);
    return { id: rec.id };
  });
}
