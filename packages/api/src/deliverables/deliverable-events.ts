import type { Db, DeliverableStatus } from "@consortia/db";
import { triggerDispatch } from "../notifications";
import type { ProjectCtx } from "../shared/service-context";

/**
 * The one place the work plan tells the notifications module that something happened: each
 * transition and each @mention becomes a row in `notification_events`, written in the same
 * transaction as the change. The notifications engineer reads unprocessed rows, applies each
 * person's preferences (immediately / digest / off) and sends in-app and e-mail messages;
 * no service of the work plan changes for that.
 */
export const NOTIFICATION_KINDS = [
  "deliverable_started",
  "deliverable_submitted",
  "deliverable_changes_requested",
  "deliverable_approved",
  "mentioned",
  "deliverable_reminder",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type DeliverableRef = {
  id: string;
  projectId: string;
  code: string;
  title: string;
  responsiblePartnerId: string;
};

/** The reference an event carries, from a deliverable row as loaded. */
export const deliverableRef = (d: {
  id: string;
  project_id: string;
  code: string;
  title: string;
  responsible_partner_id: string;
}): DeliverableRef => ({
  id: d.id,
  projectId: d.project_id,
  code: d.code,
  title: d.title,
  responsiblePartnerId: d.responsible_partner_id,
});

export type DeliverableEventInput = {
  kind: NotificationKind;
  deliverable: DeliverableRef;
  actorId: string;
  /** Who the event concerns; when left out, the audience of the kind (see `audience`). */
  recipientIds?: readonly string[];
  data?: {
    from?: DeliverableStatus;
    to?: DeliverableStatus;
    note?: string;
    commentId?: string;
    dueDate?: string;
  };
};

/**
 * The people a transition concerns, as the project stands now:
 * - started, submitted: the lead coordinators, who watch and review;
 * - approved, changes requested: the responsible partner's editors and lead coordinators,
 *   and whoever submitted it last.
 */
export async function audience(
  db: Db,
  kind: NotificationKind,
  d: DeliverableRef,
): Promise<string[]> {
  let q = db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.id")
    .where("memberships.project_id", "=", d.projectId)
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true);
  if (kind === "mentioned" || kind === "deliverable_reminder") return [];
  if (kind === "deliverable_started" || kind === "deliverable_submitted") {
    q = q.where("memberships.role", "=", "lead_coordinator");
    return (await q.execute()).map((r) => r.id);
  }
  const submitter = await db
    .selectFrom("deliverable_events")
    .select("actor_id")
    .where("deliverable_id", "=", d.id)
    .where("transition", "=", "submit")
    .orderBy("at", "desc")
    .executeTakeFirst();
  q = q.where((eb) =>
    eb.or([
      eb.and([
        eb("memberships.partner_id", "=", d.responsiblePartnerId),
        eb("memberships.role", "in", ["partner_editor", "lead_coordinator"]),
      ]),
      ...(submitter?.actor_id ? [eb("users.id", "=", submitter.actor_id)] : []),
    ]),
  );
  return (await q.execute()).map((r) => r.id);
}

/** Records the event for the notifications consumer; the actor never notifies themselves. */
export async function emitDeliverableEvent(db: Db, e: DeliverableEventInput): Promise<string> {
  const recipients = e.recipientIds ?? (await audience(db, e.kind, e.deliverable));
  const row = await db
    .insertInto("notification_events")
    .values({
      project_id: e.deliverable.projectId,
      kind: e.kind,
      entity: "deliverable",
      entity_id: e.deliverable.id,
      actor_id: e.actorId,
      recipient_ids: [...new Set(recipients)].filter((id) => id !== e.actorId),
      data: JSON.stringify({
        code: e.deliverable.code,
        title: e.deliverable.title,
        ...e.data,
      }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Runs a change that emits events in one transaction, then asks for them to be sent: after
 * the commit, so the events are in the database before anyone is asked to send them.
 */
export async function withDispatch<T>(ctx: ProjectCtx, change: (trx: Db) => Promise<T>) {
  const saved = await ctx.db.transaction().execute(change);
  await triggerDispatch(ctx);
  return saved;
}
