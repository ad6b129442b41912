import { forbidden, notFound } from "../errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { isPracticeEditor } from "./access";
import { eventsQuery, loadEvent } from "./event-queries";
import { loadPractice, practicesQuery } from "./practice-queries";

/** The visible good practices presented at an event. */
export function presentedPractices(ctx: ProjectCtx, eventId: string) {
  return practicesQuery(ctx)
    .innerJoin("good_practice_events as l", "l.good_practice_id", "good_practices.id")
    .where("l.event_id", "=", eventId)
    .select([
      "good_practices.id",
      "good_practices.title",
      "good_practices.status",
      "owner.short_name as ownerPartnerName",
    ])
    .orderBy("good_practices.title")
    .execute();
}

/** The events where a practice was presented. */
export function practiceEvents(ctx: ProjectCtx, goodPracticeId: string) {
  return eventsQuery(ctx)
    .innerJoin("good_practice_events as l", "l.event_id", "e.id")
    .where("l.good_practice_id", "=", goodPracticeId)
    .select([
      "e.id",
      "e.title",
      "e.kind",
      "e.start_date as startDate",
      "host.short_name as hostPartnerName",
    ])
    .orderBy("e.start_date")
    .execute();
}

/**
 * Recording where a practice was presented changes neither record's content, so it is open
 * in any status to the practice's editors and to the event's editors.
 */
async function loadPair(ctx: ProjectCtx, input: { goodPracticeId: string; eventId: string }) {
  const [practice, event] = await Promise.all([
    loadPractice(ctx, input.goodPracticeId),
    loadEvent(ctx, input.eventId),
  ]);
  if (!isPracticeEditor(ctx, practice) && !actsForPartner(ctx.access, event.host_partner_id))
    throw forbidden(
      "The practice's editors or the event's host partner record where a practice was presented",
    );
  return { practice, event };
}

export async function linkEvent(
  ctx: ProjectCtx,
  input: { goodPracticeId: string; eventId: string },
) {
  const { practice, event } = await loadPair(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("good_practice_events")
      .values({
        good_practice_id: practice.id,
        event_id: event.id,
        project_id: ctx.access.projectId,
        created_by: ctx.actor.userId,
      })
      .onConflict((oc) => oc.columns(["good_practice_id", "event_id"]).doNothing())
      .returning("event_id")
      .executeTakeFirst();
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: practice.id,
      action: "link_event",
      summary: `${practice.title} presented at ${event.title}`,
      data: { eventId: event.id, alreadyLinked: !row },
    });
    return { goodPracticeId: practice.id, eventId: event.id };
  });
}

export async function unlinkEvent(
  ctx: ProjectCtx,
  input: { goodPracticeId: string; eventId: string },
) {
  const { practice, event } = await loadPair(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("good_practice_events")
      .where("good_practice_id", "=", practice.id)
      .where("event_id", "=", event.id)
      .returning("event_id")
      .executeTakeFirst();
    if (!row) throw notFound("Link between the practice and the event");
    await auditChange(trx, ctx, {
      entity: "good_practice",
      entityId: practice.id,
      action: "unlink_event",
      summary: `${practice.title} no longer listed as presented at ${event.title}`,
      data: { eventId: event.id },
    });
    return { goodPracticeId: practice.id, eventId: event.id };
  });
}
