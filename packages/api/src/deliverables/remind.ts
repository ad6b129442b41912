import { sql } from "kysely";
import { recordAudit } from "../audit";
import { invalid } from "../errors";
import { triggerDispatch } from "../notifications";
import { partnerEditors } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { emitDeliverableEvent } from "./deliverable-events";
import { OPEN_STATUSES } from "./deliverable-transitions";

/** A deliverable reminded by hand is not reminded again within this many hours. */
export const REMIND_AGAIN_AFTER_HOURS = 12;

export type RemindInput = { deliverableIds: string[]; note: string };
type Skip = { deliverableId: string; code: string; reason: string };

/**
 * The desk's bulk action: a lead coordinator reminds the responsible partners of the chosen
 * deliverables' deadlines. Each deliverable still owed by its partner becomes one reminder
 * event addressed to that partner's editors, written with its audit entry in one
 * transaction and delivered by the notifications dispatch (in-app and, by each person's
 * choice for "Reminder from the lead partner", e-mail). Deliverables already handed in or
 * reminded in the last 12 hours, and partners with no editor, are reported back, not sent.
 */
export async function remindResponsible(ctx: ProjectCtx, input: RemindInput, now: Date) {
  const projectId = ctx.access.projectId;
  const ids = [...new Set(input.deliverableIds)];
  const rows = await ctx.db
    .selectFrom("deliverables as d")
    .innerJoin("partners as p", "p.id", "d.responsible_partner_id")
    .select([
      "d.id",
      "d.code",
      "d.title",
      "d.status",
      "d.due_date as dueDate",
      "d.responsible_partner_id as partnerId",
      "p.short_name as partnerName",
    ])
    .where("d.project_id", "=", projectId)
    .where("d.id", "in", ids)
    .orderBy("d.code")
    .execute();
  if (rows.length !== ids.length)
    throw invalid("Unknown deliverable", {
      deliverableIds: ["Some of these deliverables are not part of the project"],
    });
  const since = new Date(now.getTime() - REMIND_AGAIN_AFTER_HOURS * 3_600_000);
  const skipped: Skip[] = [];
  const send: { row: (typeof rows)[number]; to: string[] }[] = [];
  const people = new Set<string>();
  await ctx.db.transaction().execute(async (trx) => {
    // Serialised per project, so two lead coordinators clicking at once send one reminder.
    await sql`select pg_advisory_xact_lock(hashtext(${`remind:${projectId}`}))`.execute(trx);
    const [recent, editors] = await Promise.all([
      trx
        .selectFrom("notification_events")
        .select("entity_id")
        .where("project_id", "=", projectId)
        .where("kind", "=", "deliverable_reminder")
        .where("entity_id", "in", ids)
        .where("created_at", ">", since)
        .execute(),
      partnerEditors(trx, projectId, [...new Set(rows.map((r) => r.partnerId))]),
    ]);
    const remindedRecently = new Set(recent.map((r) => r.entity_id));
    for (const row of rows) {
      const skip = (reason: string) =>
        skipped.push({ deliverableId: row.id, code: row.code, reason });
      const to = editors.filter((e) => e.partnerId === row.partnerId).map((e) => e.id);
      if (!OPEN_STATUSES.includes(row.status)) skip(`already ${row.status.replace("_", " ")}`);
      else if (remindedRecently.has(row.id))
        skip(`reminded in the last ${REMIND_AGAIN_AFTER_HOURS} hours`);
      else if (to.length === 0) skip(`${row.partnerName} has no editor to remind`);
      else send.push({ row, to });
    }
    for (const { row, to } of send) {
      await emitDeliverableEvent(trx, {
        kind: "deliverable_reminder",
        deliverable: {
          id: row.id,
          projectId,
          code: row.code,
          title: row.title,
          responsiblePartnerId: row.partnerId,
        },
        actorId: ctx.actor.userId,
        recipientIds: to,
        data: { note: input.note, dueDate: row.dueDate },
      });
      for (const id of to) people.add(id);
      await recordAudit(trx, {
        projectId,
        actorId: ctx.actor.userId,
        entity: "deliverable",
        entityId: row.id,
        action: "remind",
        summary: `${row.partnerName} reminded of ${row.code} (due ${row.dueDate})`,
        data: { recipients: to.length },
      });
    }
  });
  if (send.length > 0) await triggerDispatch(ctx);
  return {
    reminded: send.map(({ row }) => ({ deliverableId: row.id, code: row.code })),
    people: people.size,
    skipped,
  };
}
