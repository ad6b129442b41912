import type { Db } from "@consortia/db";
import { invalid, notFound, staleVersion } from "../errors";
import { FieldNotes } from "../shared/field-notes";
import { projectSchedule } from "../shared/project-calendar";
import { checkPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { checkWithinProject, workPlanCan } from "./checks";

export type ActivityInput = {
  workPackageId: string;
  title: string;
  description: string;
  partnerIds: string[];
  startDate: string;
  endDate: string;
};

/** Partner ids per activity, for a list of activities. */
async function partnersOf(db: Db, activityIds: string[]) {
  const map = new Map<string, string[]>(activityIds.map((id) => [id, []]));
  if (activityIds.length === 0) return map;
  const rows = await db
    .selectFrom("activity_partners")
    .select(["activity_id", "partner_id"])
    .where("activity_id", "in", activityIds)
    .execute();
  for (const r of rows) map.get(r.activity_id)?.push(r.partner_id);
  return map;
}

export async function listActivities(ctx: ProjectCtx, input: { workPackageId?: string }) {
  let q = ctx.db
    .selectFrom("activities")
    .innerJoin("work_packages", "work_packages.id", "activities.work_package_id")
    .select([
      "activities.id",
      "activities.work_package_id as workPackageId",
      "work_packages.number as workPackageNumber",
      "activities.title",
      "activities.description",
      "activities.start_date as startDate",
      "activities.end_date as endDate",
      "activities.version",
    ])
    .where("activities.project_id", "=", ctx.access.projectId);
  if (input.workPackageId) q = q.where("activities.work_package_id", "=", input.workPackageId);
  const rows = await q.orderBy("work_packages.number").orderBy("activities.start_date").execute();
  const partners = await partnersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const can = workPlanCan(ctx);
  return rows.map((r) => ({ ...r, partnerIds: partners.get(r.id) ?? [], can }));
}

/**
 * Errors: an unknown work package or partner, dates outside the project. An activity that
 * runs outside its work package's dates is saved with a warning: plans slip, and the lead
 * coordinator may move the activity first and the work package after.
 */
async function validate(ctx: ProjectCtx, db: Db, input: ActivityInput) {
  const notes = new FieldNotes();
  const wp = await db
    .selectFrom("work_packages")
    .select(["number", "start_date", "end_date"])
    .where("id", "=", input.workPackageId)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!wp) notes.add("workPackageId", "Unknown work package");
  checkWithinProject(input, await projectSchedule(db, ctx.access.projectId), notes);
  await checkPartners(ctx, db, "partnerIds", input.partnerIds, notes);
  notes.throwIfAny();
  const warnings = new FieldNotes();
  if (wp && input.startDate < wp.start_date)
    warnings.add("startDate", `Starts before work package ${wp.number} (${wp.start_date})`);
  if (wp && input.endDate > wp.end_date)
    warnings.add("endDate", `Ends after work package ${wp.number} (${wp.end_date})`);
  return warnings.notes;
}

const toRow = (i: ActivityInput) => ({
  work_package_id: i.workPackageId,
  title: i.title,
  description: i.description,
  start_date: i.startDate,
  end_date: i.endDate,
});

async function setPartners(db: Db, activityId: string, partnerIds: string[]) {
  await db.deleteFrom("activity_partners").where("activity_id", "=", activityId).execute();
  if (partnerIds.length)
    await db
      .insertInto("activity_partners")
      .values(partnerIds.map((partner_id) => ({ activity_id: activityId, partner_id })))
      .execute();
}

export async function createActivity(ctx: ProjectCtx, input: ActivityInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const warnings = await validate(ctx, trx, input);
    const row = await trx
      .insertInto("activities")
      .values({ ...toRow(input), project_id: ctx.access.projectId })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await setPartners(trx, row.id, input.partnerIds);
    await auditChange(trx, ctx, {
      entity: "activity",
      entityId: row.id,
      action: "create",
      summary: `Activity “${input.title}” added`,
    });
    return { ...row, warnings };
  });
}

export async function updateActivity(
  ctx: ProjectCtx,
  input: ActivityInput & { activityId: string; version: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await loadActivity(ctx, trx, input.activityId);
    const warnings = await validate(ctx, trx, input);
    if (current.work_package_id !== input.workPackageId)
      await assertNoDeliverables(trx, current.id);
    const row = await updateVersioned(
      trx,
      "activities",
      { id: input.activityId, version: input.version, label: "This activity" },
      { ...toRow(input), updated_at: new Date() },
      ["id", "version"],
    );
    await setPartners(trx, row.id, input.partnerIds);
    await auditChange(trx, ctx, {
      entity: "activity",
      entityId: row.id,
      action: "update",
      summary: `Activity “${input.title}” updated`,
    });
    return { ...row, warnings };
  });
}

/** Deliverables of a deleted activity stay in their work package, without an activity. */
export async function deleteActivity(
  ctx: ProjectCtx,
  input: { activityId: string; version: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const a = await loadActivity(ctx, trx, input.activityId);
    if (a.version !== input.version) throw staleVersion("This activity");
    // Conditional on the version read above: a concurrent edit makes this delete nothing.
    const gone = await trx
      .deleteFrom("activities")
      .where("id", "=", a.id)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw staleVersion("This activity");
    await auditChange(trx, ctx, {
      entity: "activity",
      entityId: a.id,
      action: "delete",
      summary: `Activity “${a.title}” deleted`,
    });
    return { ok: true as const };
  });
}

async function loadActivity(ctx: ProjectCtx, db: Db, id: string) {
  const a = await db
    .selectFrom("activities")
    .select(["id", "title", "version", "work_package_id"])
    .where("id", "=", id)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!a) throw notFound("Activity");
  return a;
}

/** Deliverables stay in their activity's work package, so a busy activity cannot move. */
async function assertNoDeliverables(db: Db, activityId: string) {
  const linked = await db
    .selectFrom("deliverables")
    .select("code")
    .where("activity_id", "=", activityId)
    .execute();
  if (linked.length)
    throw invalid("Some fields need attention", {
      workPackageId: [
        `Move ${linked.map((d) => d.code).join(", ")} first: deliverables stay in their activity's work package`,
      ],
    });
}
