import type { Db, DeliverableKind, DeliverableStatus } from "@consortia/db";
import { listAttachments, visibleDocuments } from "../documents";
import { notFound } from "../errors";
import { daysBetween, isoDay, periodOf } from "../shared/calendar";
import { projectSchedule } from "../shared/project-calendar";
import { actsForPartner, isStaff } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { isOverdue } from "./deliverable-transitions";

/** The filter of the deliverables list; desk figures carry one so a click lists the same rows. */
export type DeliverableFilter = {
  workPackageId?: string | undefined;
  responsiblePartnerId?: string | undefined;
  status?: DeliverableStatus[] | undefined;
  kind?: DeliverableKind | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  periodNumber?: number | undefined;
  ids?: string[] | undefined;
};

export async function loadDeliverable(ctx: ProjectCtx, db: Db, id: string) {
  const d = await db
    .selectFrom("deliverables")
    .selectAll()
    .where("id", "=", id)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!d) throw notFound("Deliverable");
  return d;
}

function baseQuery(ctx: ProjectCtx) {
  return ctx.db
    .selectFrom("deliverables")
    .innerJoin("work_packages", "work_packages.id", "deliverables.work_package_id")
    .innerJoin("partners", "partners.id", "deliverables.responsible_partner_id")
    .select([
      "deliverables.id",
      "deliverables.code",
      "deliverables.title",
      "deliverables.kind",
      "deliverables.status",
      "deliverables.due_date as dueDate",
      "deliverables.work_package_id as workPackageId",
      "work_packages.number as workPackageNumber",
      "deliverables.activity_id as activityId",
      "deliverables.responsible_partner_id as responsiblePartnerId",
      "partners.short_name as responsiblePartnerName",
      "deliverables.target_value as targetValue",
      "deliverables.achieved_value as achievedValue",
      "deliverables.status_changed_at as statusChangedAt",
      "deliverables.version",
    ])
    .where("deliverables.project_id", "=", ctx.access.projectId);
}

/** Deliverables by due date, with the period each falls in and whether it is overdue today. */
export async function listDeliverables(ctx: ProjectCtx, filter: DeliverableFilter, now: Date) {
  const schedule = await projectSchedule(ctx.db, ctx.access.projectId);
  let q = baseQuery(ctx);
  if (filter.workPackageId) q = q.where("deliverables.work_package_id", "=", filter.workPackageId);
  if (filter.responsiblePartnerId)
    q = q.where("deliverables.responsible_partner_id", "=", filter.responsiblePartnerId);
  if (filter.status?.length) q = q.where("deliverables.status", "in", filter.status);
  if (filter.kind) q = q.where("deliverables.kind", "=", filter.kind);
  if (filter.dueFrom) q = q.where("deliverables.due_date", ">=", filter.dueFrom);
  if (filter.dueTo) q = q.where("deliverables.due_date", "<=", filter.dueTo);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where("deliverables.id", "in", filter.ids);
  }
  if (filter.periodNumber) {
    const p = schedule.periods.find((x) => x.number === filter.periodNumber);
    if (!p) return [];
    q = q.where("deliverables.due_date", ">=", p.start).where("deliverables.due_date", "<=", p.end);
  }
  const rows = await q.orderBy("deliverables.due_date").orderBy("deliverables.code").execute();
  const today = isoDay(now);
  return rows.map((r) => ({
    ...r,
    periodNumber: periodOf(schedule.periods, r.dueDate),
    overdue: isOverdue(r.status, r.dueDate, today),
    daysLate: isOverdue(r.status, r.dueDate, today) ? daysBetween(r.dueDate, today) : 0,
  }));
}

/** One deliverable with its contributors, evidence the caller may see, and what they may do. */
export async function getDeliverable(ctx: ProjectCtx, input: { deliverableId: string }, now: Date) {
  const [row] = await listDeliverables(ctx, { ids: [input.deliverableId] }, now);
  if (!row) throw notFound("Deliverable");
  const [details, contributors, attachments] = await Promise.all([
    ctx.db
      .selectFrom("deliverables")
      .leftJoin("activities", "activities.id", "deliverables.activity_id")
      .select(["deliverables.description", "activities.title as activityTitle"])
      .where("deliverables.id", "=", row.id)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom("deliverable_partners")
      .innerJoin("partners", "partners.id", "deliverable_partners.partner_id")
      .select(["partners.id", "partners.short_name as shortName"])
      .where("deliverable_partners.deliverable_id", "=", row.id)
      .orderBy("partners.short_name")
      .execute(),
    listAttachments(ctx, "deliverable", [row.id]),
  ]);
  const acts = actsForPartner(ctx.access, row.responsiblePartnerId);
  return {
    ...row,
    ...details,
    contributingPartners: contributors,
    documents: attachments[row.id] ?? [],
    can: {
      edit: ctx.access.isLead,
      start: acts && row.status === "planned",
      submit: acts && (row.status === "in_progress" || row.status === "changes_requested"),
      review: ctx.access.isLead && row.status === "submitted",
      comment: isStaff(ctx.access),
    },
  };
}

/**
 * The full history, oldest first. Documents submitted at each step are listed as far as the
 * caller may see them (a partner's private evidence stays hidden from other partners).
 */
export async function deliverableHistory(ctx: ProjectCtx, input: { deliverableId: string }) {
  const d = await loadDeliverable(ctx, ctx.db, input.deliverableId);
  const events = await ctx.db
    .selectFrom("deliverable_events")
    .leftJoin("users", "users.id", "deliverable_events.actor_id")
    .select([
      "deliverable_events.id",
      "deliverable_events.transition",
      "deliverable_events.from_status as fromStatus",
      "deliverable_events.to_status as toStatus",
      "deliverable_events.note",
      "deliverable_events.document_ids as documentIds",
      "deliverable_events.achieved_value as achievedValue",
      "deliverable_events.at",
      "users.name as actorName",
    ])
    .where("deliverable_events.deliverable_id", "=", d.id)
    .orderBy("deliverable_events.at")
    .orderBy("deliverable_events.id")
    .execute();
  const ids = [...new Set(events.flatMap((e) => e.documentIds))];
  const docs = ids.length
    ? await ctx.db
        .selectFrom("documents")
        .select(["documents.id", "documents.title", "documents.deleted_at as deletedAt"])
        .where(visibleDocuments(ctx.access))
        .where("documents.id", "in", ids)
        .execute()
    : [];
  const byId = new Map(docs.map((x) => [x.id, x]));
  return events.map(({ documentIds, ...e }) => ({
    ...e,
    documents: documentIds.flatMap((id) => {
      const doc = byId.get(id);
      return doc ? [{ id, title: doc.title, inTrash: doc.deletedAt !== null }] : [];
    }),
  }));
}
