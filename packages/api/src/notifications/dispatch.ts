import type { Db, NotificationEvent } from "@consortia/db";
import type { ApiDeps } from "../context";
import { dayShort } from "../shared/dates";
import { EVENT_KIND_MAP, type NewNotification, notify } from "./kinds";
import { mailImmediate } from "./mail";

type EventData = {
  code?: string;
  title?: string;
  note?: string;
  commentId?: string;
  dueDate?: string;
};

const BATCH = 100;

export const deliverableLink = (projectId: string, deliverableId: string) =>
  `/projects/${projectId}/deliverables/${deliverableId}`;

/** Where a financial report's notification leads: the partner's financial reports. */
export const financialReportsLink = (projectId: string) => `/projects/${projectId}/finance/reports`;

function linkFor(e: NotificationEvent, d: EventData) {
  if (e.entity === "deliverable")
    return `${deliverableLink(e.project_id, e.entity_id)}${d.commentId ? `#comment-${d.commentId}` : ""}`;
  if (e.entity === "financial_report") return financialReportsLink(e.project_id);
  return null;
}

async function names(db: Db, e: NotificationEvent) {
  const project = await db
    .selectFrom("projects")
    .select("acronym")
    .where("id", "=", e.project_id)
    .executeTakeFirst();
  const actor = e.actor_id
    ? await db.selectFrom("users").select("name").where("id", "=", e.actor_id).executeTakeFirst()
    : undefined;
  return { acronym: project?.acronym ?? "", actor: actor?.name ?? "Someone" };
}

/** The message for an event, or null for kinds nobody is notified about (e.g. started). */
export async function messageFor(db: Db, e: NotificationEvent): Promise<NewNotification | null> {
  const kind = EVENT_KIND_MAP[e.kind];
  if (!kind) return null;
  const d = e.data as EventData;
  const { acronym, actor } = await names(db, e);
  const what = `${d.code ?? "A deliverable"}${d.title ? ` “${d.title}”` : ""}`;
  const note = d.note ? `\n\n“${d.note}”` : "";
  // A reminder sent after the deadline says so (the day it was sent, not the day it is read).
  const late = d.dueDate !== undefined && d.dueDate < e.created_at.toISOString().slice(0, 10);
  const due = !d.dueDate
    ? "is due soon"
    : `${late ? "was due" : "is due"} on ${dayShort(d.dueDate)}`;
  const titles = {
    submitted: `[${acronym}] ${d.code ?? "Deliverable"} was submitted for review`,
    approved: `[${acronym}] ${d.code ?? "Deliverable"} was approved`,
    changes_requested: `[${acronym}] Changes requested on ${d.code ?? "a deliverable"}`,
    mentioned: `[${acronym}] ${actor} mentioned you on ${d.code ?? "a deliverable"}`,
    reminder: `[${acronym}] Reminder: ${d.code ?? "a deliverable"} ${due}`,
  } as const;
  const bodies = {
    submitted: `${actor} submitted ${what} for review.${note}`,
    approved: `${actor} approved ${what}.${note}`,
    changes_requested: `${actor} asked for changes to ${what}.${note}`,
    mentioned: `${actor} mentioned you in a comment on ${what}.`,
    reminder: `${actor} reminds you that ${what} ${due}.${note}`,
  } as const;
  if (!(kind in titles)) return null;
  const k = kind as keyof typeof titles;
  return {
    kind,
    projectId: e.project_id,
    title: titles[k],
    body: bodies[k],
    link: linkFor(e, d),
    dedupeKey: `event:${e.id}`,
  };
}

/**
 * Turns unprocessed notification events into notifications, a batch per transaction: the
 * rows and `processed_at` commit together, and the unique dedupe key makes a repeat (a retry
 * after a crash between the two) create nothing. Rows are locked with SKIP LOCKED so two
 * workers never take the same event. Then e-mails the "immediately" ones (each exactly once).
 */
export async function dispatchEvents(deps: ApiDeps, now: Date) {
  let events = 0;
  let created = 0;
  for (;;) {
    const done = await deps.db.transaction().execute(async (trx) => {
      const batch = await trx
        .selectFrom("notification_events")
        .selectAll()
        .where("processed_at", "is", null)
        .orderBy("created_at")
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const e of batch) {
        const message = await messageFor(trx, e);
        if (message) created += await notify(trx, e.recipient_ids, message);
      }
      if (batch.length > 0) {
        await trx
          .updateTable("notification_events")
          .set({ processed_at: now })
          .where(
            "id",
            "in",
            batch.map((e) => e.id),
          )
          .execute();
      }
      events += batch.length;
      return batch.length < BATCH;
    });
    if (done) break;
  }
  const mailed = await mailImmediate(deps, now);
  return { events, created, mailed };
}
