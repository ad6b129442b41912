import { LEARNING_EVENT_KINDS, type LearningEventKind } from "@consortia/db";
import { COUNTED_STATUSES } from "../learning";
import { isoDay } from "../shared/calendar";
import { projectPartners } from "../shared/project-partners";
import { readTargets, TARGET_KEYS, writeTargets } from "../shared/project-targets";
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
  const [goals, partners, events, practices] = await Promise.all([
    readTargets(ctx.db, projectId, TARGET_KEYS),
    projectPartners(ctx.db, projectId),
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
    /** The version of the three targets together, sent back when they are changed. */
    targetsVersion: goals.version,
    targets: {
      events: goals.targets.learning_events,
      peerReviews: goals.targets.peer_reviews,
      practices: goals.targets.good_practices,
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

const TARGET_FIELDS = {
  learning_events: "events",
  peer_reviews: "peerReviews",
  good_practices: "practices",
} as const;

/** Lead coordinators set the learning targets (null clears one), in the indicator catalogue. */
export async function setLearningTargets(
  ctx: ProjectCtx,
  input: {
    events: number | null;
    peerReviews: number | null;
    practices: number | null;
    version: number;
  },
) {
  const saved = await writeTargets(
    ctx,
    {
      learning_events: input.events,
      peer_reviews: input.peerReviews,
      good_practices: input.practices,
    },
    input.version,
    (k) => TARGET_FIELDS[k],
  );
  return {
    events: saved.targets.learning_events,
    peerReviews: saved.targets.peer_reviews,
    practices: saved.targets.good_practices,
    version: saved.version,
  };
}
