import { LEARNING_EVENT_KINDS, type LearningEventKind } from "@consortia/db";
import { sql } from "kysely";
import { recordAudit } from "../audit";
import { staleVersion } from "../errors";
import { COUNTED_STATUSES } from "../learning/access";
import { isoDay } from "../shared/calendar";
import type { ProjectCtx } from "../shared/service-context";

/** The learning events list's filter (`learningEvents.list`, the Learning page's address). */
export type EventFigureFilter = { kind?: LearningEventKind; host?: string; to: string };
/** The register's filter (`goodPractices.list`, the Good practices page's address). */
export type PracticeFigureFilter = { counted: true; owner?: string };

export type LearningFigure<F> = { count: number; filter: F };

/**
 * Learning against the project's targets for the desk: events held (started on or before
 * today, so the list filtered "to today" shows exactly them), peer reviews held, and good
 * practices that count for the indicator (validated or published), overall, by kind and by
 * partner. Each figure carries the filter of the list that shows the records behind it.
 */
export async function deskLearning(ctx: ProjectCtx, now: Date) {
  const projectId = ctx.access.projectId;
  const today = isoDay(now);
  const [project, partners, events, practices] = await Promise.all([
    ctx.db
      .selectFrom("projects")
      .select(["learning_event_target", "peer_review_target", "good_practice_target", "version"])
      .where("id", "=", projectId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("partners")
      .select(["id", "short_name as shortName", "country"])
      .where("project_id", "=", projectId)
      .orderBy(sql`case role when 'lead' then 0 when 'partner' then 1 else 2 end`)
      .orderBy("short_name")
      .execute(),
    ctx.db
      .selectFrom("learning_events")
      .select(["kind", "host_partner_id as host"])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .where("start_date", "<=", today)
      .execute(),
    ctx.db
      .selectFrom("good_practices")
      .select(["owner_partner_id as owner"])
      .where("project_id", "=", projectId)
      .where("deleted_at", "is", null)
      .where("status", "in", COUNTED_STATUSES)
      .execute(),
  ]);
  const eventFigure = (
    rows: readonly { kind: string; host: string }[],
    filter: EventFigureFilter,
  ): LearningFigure<EventFigureFilter> => ({ count: rows.length, filter });
  return {
    today,
    projectVersion: project.version,
    targets: {
      events: project.learning_event_target,
      peerReviews: project.peer_review_target,
      practices: project.good_practice_target,
    },
    events: eventFigure(events, { to: today }),
    peerReviews: eventFigure(
      events.filter((e) => e.kind === "peer_review"),
      { kind: "peer_review", to: today },
    ),
    practices: {
      count: practices.length,
      filter: { counted: true },
    } as LearningFigure<PracticeFigureFilter>,
    byKind: LEARNING_EVENT_KINDS.map((kind) => ({
      kind,
      ...eventFigure(
        events.filter((e) => e.kind === kind),
        { kind, to: today },
      ),
    })),
    byPartner: partners.map((p) => ({
      partnerId: p.id,
      shortName: p.shortName,
      country: p.country,
      eventsHosted: eventFigure(
        events.filter((e) => e.host === p.id),
        { host: p.id, to: today },
      ),
      practicesCounted: {
        count: practices.filter((x) => x.owner === p.id).length,
        filter: { counted: true, owner: p.id },
      } as LearningFigure<PracticeFigureFilter>,
    })),
  };
}

/** Lead coordinators set the learning targets (null clears one); audited. */
export async function setLearningTargets(
  ctx: ProjectCtx,
  input: { events: number | null; peerReviews: number | null; version: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("projects")
      .set((eb) => ({
        learning_event_target: input.events,
        peer_review_target: input.peerReviews,
        updated_at: new Date(),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", ctx.access.projectId)
      .where("version", "=", input.version)
      .returning(["learning_event_target", "peer_review_target", "version"])
      .executeTakeFirst();
    if (!row) throw staleVersion("The project");
    const shown = (n: number | null) => (n === null ? "not set" : String(n));
    await recordAudit(trx, {
      projectId: ctx.access.projectId,
      actorId: ctx.actor.userId,
      entity: "project",
      entityId: ctx.access.projectId,
      action: "set_learning_targets",
      summary: `Targets: learning events ${shown(input.events)}, peer reviews ${shown(input.peerReviews)}`,
    });
    return {
      events: row.learning_event_target,
      peerReviews: row.peer_review_target,
      version: row.version,
    };
  });
}
