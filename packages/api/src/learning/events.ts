import type { LearningEventKind } from "@consortia/db";
import { sql } from "kysely";
import { listAttachments } from "../documents";
import { forbidden, invalid, notFound } from "../errors";
import { containing, pageOf } from "../shared/list-query";
import { assertProjectPartner } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, softDelete, updateVersioned } from "../shared/versioned";
import { assertCanEditEvent, eventCan, participantCan } from "./access";
import { eventsQuery, loadEvent } from "./event-queries";
import { participantsOf, summariseEvent } from "./event-summary";
import { presentedPractices } from "./practice-links";
import { lockedRecommendations, recommendationsOf } from "./recommendations";

export type EventInput = {
  kind: LearningEventKind;
  title: string;
  hostPartnerId: string;
  startDate: string;
  endDate: string;
  online: boolean;
  city: string | null;
  country: string | null;
  themes: string[];
  policyInstrument: string | null;
  summary: string;
  policyChallenge: string | null;
  findings: string | null;
};

export type EventFilters = {
  kind?: LearningEventKind | undefined;
  hostPartnerId?: string | undefined;
  theme?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
};

/** What the calendar shows of an event: when, where and who hosts it. */
const calendarColumns = [
  "e.id",
  "e.kind",
  "e.title",
  "e.host_partner_id as hostPartnerId",
  "host.short_name as hostPartnerName",
  "host.country as hostCountry",
  "e.start_date as startDate",
  "e.end_date as endDate",
  "e.online",
  "e.city",
  "e.country",
] as const;

const eventColumns = [
  ...calendarColumns,
  "e.themes",
  "e.policy_instrument as policyInstrument",
  "e.summary",
  "e.policy_challenge as policyChallenge",
  "e.findings",
  "e.created_at as createdAt",
  "e.updated_at as updatedAt",
  "e.version",
] as const;

/** The event list: filtered, newest first, each with its counts and warnings. */
export async function listEvents(ctx: ProjectCtx, input: EventFilters) {
  let q = eventsQuery(ctx);
  if (input.kind) q = q.where("e.kind", "=", input.kind);
  if (input.hostPartnerId) q = q.where("e.host_partner_id", "=", input.hostPartnerId);
  if (input.theme) q = q.where(sql<boolean>`${input.theme} = any(e.themes)`);
  if (input.q) q = q.where("e.title", "ilike", containing(input.q));
  if (input.from) q = q.where("e.end_date", ">=", input.from);
  if (input.to) q = q.where("e.start_date", "<=", input.to);
  const { rows, ...page } = await pageOf(q, input, (q) =>
    q.select(eventColumns).orderBy("e.start_date", "desc").orderBy("e.id"),
  );
  const participants = await participantsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const events = rows.map((e) => ({
    ...e,
    ...summariseEvent(
      e,
      participants.filter((p) => p.eventId === e.id),
    ),
    can: eventCan(ctx.access, e.hostPartnerId),
  }));
  return { events, ...page };
}

/** Events overlapping a date range, for the partnership's calendar and timeline. */
export async function calendar(ctx: ProjectCtx, input: { from: string; to: string }) {
  return eventsQuery(ctx)
    .where("e.end_date", ">=", input.from)
    .where("e.start_date", "<=", input.to)
    .select(calendarColumns)
    .orderBy("e.start_date")
    .orderBy("e.id")
    .execute();
}

/** One event with participants, counts, warnings, recommendations, documents and practices. */
export async function getEvent(ctx: ProjectCtx, input: { eventId: string }) {
  const event = await eventsQuery(ctx)
    .leftJoin("users", "users.id", "e.created_by")
    .select([...eventColumns, "users.name as createdByName"])
    .where("e.id", "=", input.eventId)
    .executeTakeFirst();
  if (!event) throw notFound("Learning event");
  const [participants, recommendations, attachments, goodPractices] = await Promise.all([
    participantsOf(ctx.db, [event.id]),
    recommendationsOf(ctx.db, event.id),
    listAttachments(ctx, "learning_event", [event.id]),
    presentedPractices(ctx, event.id),
  ]);
  return {
    ...event,
    participants: participants.map((p) => {
      const can = participantCan(ctx.access, event.hostPartnerId, p.partnerId);
      // A guest's e-mail address is for those who manage the entry, not everyone who reads.
      return { ...p, guestEmail: can.edit ? p.guestEmail : null, can };
    }),
    ...summariseEvent(event, participants),
    recommendations,
    attachments: attachments[event.id] ?? [],
    goodPractices,
    can: eventCan(ctx.access, event.hostPartnerId),
  };
}

/** Only peer reviews carry a policy challenge and findings. */
function toRow(input: EventInput) {
  const peer = input.kind === "peer_review";
  return {
    kind: input.kind,
    title: input.title,
    host_partner_id: input.hostPartnerId,
    start_date: input.startDate,
    end_date: input.endDate,
    online: input.online,
    city: input.city,
    country: input.country,
    themes: input.themes,
    policy_instrument: input.policyInstrument,
    summary: input.summary,
    policy_challenge: peer ? input.policyChallenge : null,
    findings: peer ? input.findings : null,
  };
}

/**
 * An editor or lead coordinator proposes an event, hosted by any partner (the procedure admits
 * editor roles only: a partner viewer reads, and events count in the indicators at once).
 */
export async function createEvent(ctx: ProjectCtx, input: EventInput) {
  const projectId = ctx.access.projectId;
  return ctx.db.transaction().execute(async (trx) => {
    await assertProjectPartner(trx, projectId, "hostPartnerId", input.hostPartnerId);
    const row = await trx
      .insertInto("learning_events")
      .values({ ...toRow(input), project_id: projectId, created_by: ctx.actor.userId })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await auditChange(trx, ctx, {
      entity: "learning_event",
      entityId: row.id,
      action: "create",
      summary: `Learning event ${input.title} (${input.startDate}) proposed`,
      data: { kind: input.kind, hostPartnerId: input.hostPartnerId },
    });
    return row;
  });
}

export async function updateEvent(
  ctx: ProjectCtx,
  input: EventInput & { eventId: string; version: number },
) {
  const projectId = ctx.access.projectId;
  const event = await loadEvent(ctx, input.eventId);
  assertCanEditEvent(ctx.access, event.host_partner_id);
  if (input.hostPartnerId !== event.host_partner_id && !ctx.access.isLead)
    throw forbidden("Only lead coordinators can move an event to another host partner");
  return ctx.db.transaction().execute(async (trx) => {
    await assertProjectPartner(trx, projectId, "hostPartnerId", input.hostPartnerId);
    if (input.kind !== "peer_review") {
      const recs = await lockedRecommendations(trx, event.id);
      if (recs.length)
        throw invalid("Only peer reviews have recommendations", {
          kind: ["This peer review has recommendations; remove them before changing its kind"],
        });
    }
    const row = await updateVersioned(
      trx,
      "learning_events",
      { id: event.id, version: input.version, label: "This learning event" },
      { ...toRow(input), updated_at: new Date() },
      ["id", "version"],
    );
    await auditChange(trx, ctx, {
      entity: "learning_event",
      entityId: event.id,
      action: "update",
      summary: `Learning event ${input.title} updated`,
    });
    return row;
  });
}

export async function deleteEvent(ctx: ProjectCtx, input: { eventId: string; version: number }) {
  const event = await loadEvent(ctx, input.eventId);
  assertCanEditEvent(ctx.access, event.host_partner_id);
  return ctx.db
    .transaction()
    .execute((trx) =>
      softDelete(
        trx,
        ctx,
        "learning_events",
        { id: event.id, version: input.version, label: "This learning event" },
        { entity: "learning_event", summary: `Learning event ${event.title} deleted` },
      ),
    );
}
