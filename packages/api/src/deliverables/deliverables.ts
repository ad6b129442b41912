import type { Db, DeliverableKind } from "@consortia/db";
import { conflict, staleVersion, taken } from "../errors";
import { orTaken } from "../shared/db-errors";
import { FieldNotes } from "../shared/field-notes";
import { projectSchedule } from "../shared/project-calendar";
import { checkPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { loadDeliverable } from "./deliverable-queries";

export type DeliverableInput = {
  code: string;
  title: string;
  description: string;
  kind: DeliverableKind;
  workPackageId: string;
  activityId: string | null;
  responsiblePartnerId: string;
  contributingPartnerIds: string[];
  dueDate: string;
  targetValue: number | null;
  achievedValue: number | null;
};

/**
 * Errors: unknown work package, activity of another work package, unknown partners, a due
 * date outside the project (the closure months count: final reports fall due in them), a
 * code already used. A due date outside its work package's dates is saved with a warning.
 */
async function validate(ctx: ProjectCtx, db: Db, input: DeliverableInput, exceptId?: string) {
  const notes = new FieldNotes();
  const projectId = ctx.access.projectId;
  const [wp, activity, schedule] = await Promise.all([
    db
      .selectFrom("work_packages")
      .select(["number", "start_date", "end_date"])
      .where("id", "=", input.workPackageId)
      .where("project_id", "=", projectId)
      .executeTakeFirst(),
    input.activityId
      ? db
          .selectFrom("activities")
          .select("work_package_id")
          .where("id", "=", input.activityId)
          .where("project_id", "=", projectId)
          .executeTakeFirst()
      : undefined,
    projectSchedule(db, projectId),
  ]);
  if (!wp) notes.add("workPackageId", "Unknown work package");
  if (input.activityId && !activity) notes.add("activityId", "Unknown activity");
  if (wp && activity && activity.work_package_id !== input.workPackageId)
    notes.add("activityId", `This activity belongs to another work package than WP${wp.number}`);
  await checkPartners(ctx, db, "responsiblePartnerId", [input.responsiblePartnerId], notes);
  await checkPartners(ctx, db, "contributingPartnerIds", input.contributingPartnerIds, notes);
  if (input.dueDate < schedule.startDate || input.dueDate > schedule.lastDay)
    notes.add(
      "dueDate",
      `Due dates fall within the project: ${schedule.startDate} to ${schedule.lastDay} (end of closure)`,
    );
  notes.throwIfAny();
  let q = db
    .selectFrom("deliverables")
    .select("id")
    .where("project_id", "=", projectId)
    .where((eb) => eb(eb.fn("upper", ["code"]), "=", input.code.toUpperCase()));
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw codeTaken(input.code);
  const warnings = new FieldNotes();
  if (wp && (input.dueDate < wp.start_date || input.dueDate > wp.end_date))
    warnings.add(
      "dueDate",
      `Outside work package ${wp.number} (${wp.start_date} to ${wp.end_date})`,
    );
  return warnings.notes;
}

const codeTaken = (code: string) => taken("code", `${code} already exists in this project`);

const toRow = (i: DeliverableInput) => ({
  code: i.code,
  title: i.title,
  description: i.description,
  kind: i.kind,
  work_package_id: i.workPackageId,
  activity_id: i.activityId,
  responsible_partner_id: i.responsiblePartnerId,
  due_date: i.dueDate,
  target_value: i.targetValue,
  achieved_value: i.achievedValue,
});

async function setContributors(db: Db, deliverableId: string, partnerIds: string[]) {
  await db.deleteFrom("deliverable_partners").where("deliverable_id", "=", deliverableId).execute();
  if (partnerIds.length)
    await db
      .insertInto("deliverable_partners")
      .values(partnerIds.map((partner_id) => ({ deliverable_id: deliverableId, partner_id })))
      .execute();
}

export async function createDeliverable(ctx: ProjectCtx, input: DeliverableInput) {
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const warnings = await validate(ctx, trx, input);
        const row = await trx
          .insertInto("deliverables")
          .values({
            ...toRow(input),
            project_id: ctx.access.projectId,
            created_by: ctx.actor.userId,
          })
          .returning(["id", "code", "status", "version"])
          .executeTakeFirstOrThrow();
        await setContributors(trx, row.id, input.contributingPartnerIds);
        await trx
          .insertInto("deliverable_events")
          .values({
            project_id: ctx.access.projectId,
            deliverable_id: row.id,
            transition: "create",
            from_status: null,
            to_status: "planned",
            actor_id: ctx.actor.userId,
          })
          .execute();
        await auditChange(trx, ctx, {
          entity: "deliverable",
          entityId: row.id,
          action: "create",
          summary: `${row.code} “${input.title}” added to the work plan`,
        });
        return { ...row, warnings };
      }),
    () => codeTaken(input.code),
  );
}

/** The lead coordinator corrects the plan at any stage; the status moves only by transitions. */
export async function updateDeliverable(
  ctx: ProjectCtx,
  input: DeliverableInput & { deliverableId: string; version: number },
) {
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await loadDeliverable(ctx, trx, input.deliverableId);
        const warnings = await validate(ctx, trx, input, input.deliverableId);
        const row = await updateVersioned(
          trx,
          "deliverables",
          { id: input.deliverableId, version: input.version, label: "This deliverable" },
          { ...toRow(input), updated_at: new Date() },
          ["id", "code", "status", "version"],
        );
        await setContributors(trx, row.id, input.contributingPartnerIds);
        await auditChange(trx, ctx, {
          entity: "deliverable",
          entityId: row.id,
          action: "update",
          summary: `${row.code} “${input.title}” updated`,
        });
        return { ...row, warnings };
      }),
    () => codeTaken(input.code),
  );
}

/** Once submitted, a deliverable's history is evidence for the programme and stays. */
export async function deleteDeliverable(
  ctx: ProjectCtx,
  input: { deliverableId: string; version: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const d = await loadDeliverable(ctx, trx, input.deliverableId);
    if (d.version !== input.version) throw staleVersion("This deliverable");
    if (d.status !== "planned" && d.status !== "in_progress")
      throw conflict(`${d.code} has been submitted; its history stays with the work plan`);
    await trx
      .deleteFrom("attachments")
      .where("project_id", "=", ctx.access.projectId)
      .where("entity", "=", "deliverable")
      .where("entity_id", "=", d.id)
      .execute();
    // Conditional: a submission committed since the read above must not be deleted with it.
    const gone = await trx
      .deleteFrom("deliverables")
      .where("id", "=", d.id)
      .where("version", "=", input.version)
      .where("status", "in", ["planned", "in_progress"])
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw staleVersion("This deliverable");
    await auditChange(trx, ctx, {
      entity: "deliverable",
      entityId: d.id,
      action: "delete",
      summary: `${d.code} “${d.title}” removed from the work plan`,
    });
    return { ok: true as const };
  });
}
