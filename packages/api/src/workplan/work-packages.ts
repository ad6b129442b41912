import type { Db } from "@consortia/db";
import { conflict, notFound, staleVersion, taken } from "../errors";
import { orTaken } from "../shared/db-errors";
import { FieldNotes } from "../shared/field-notes";
import { projectSchedule } from "../shared/project-calendar";
import { checkPartners } from "../shared/project-partners";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { checkWithinProject, loadWorkPackage, workPackageCan } from "./checks";

export type WorkPackageInput = {
  number: number;
  title: string;
  objectives: string;
  leadPartnerId: string;
  startDate: string;
  endDate: string;
};

const columns = [
  "work_packages.id",
  "work_packages.number",
  "work_packages.title",
  "work_packages.objectives",
  "work_packages.lead_partner_id as leadPartnerId",
  "work_packages.start_date as startDate",
  "work_packages.end_date as endDate",
  "work_packages.version",
  "partners.short_name as leadPartnerName",
] as const;

/** The work packages with their progress: deliverables approved of all. */
export async function listWorkPackages(ctx: ProjectCtx) {
  const can = workPackageCan(ctx);
  const rows = await ctx.db
    .selectFrom("work_packages")
    .innerJoin("partners", "partners.id", "work_packages.lead_partner_id")
    .leftJoin("deliverables", "deliverables.work_package_id", "work_packages.id")
    .where("work_packages.project_id", "=", ctx.access.projectId)
    .groupBy(["work_packages.id", "partners.short_name"])
    .select([
      ...columns,
      (eb) => eb.fn.count<number>("deliverables.id").as("deliverableCount"),
      (eb) =>
        eb.fn
          .count<number>("deliverables.id")
          .filterWhere("deliverables.status", "=", "approved")
          .as("approvedCount"),
    ])
    .orderBy("work_packages.number")
    .execute();
  return rows.map((w) => ({ ...w, can }));
}

export async function getWorkPackage(ctx: ProjectCtx, input: { workPackageId: string }) {
  const wp = await ctx.db
    .selectFrom("work_packages")
    .innerJoin("partners", "partners.id", "work_packages.lead_partner_id")
    .select(columns)
    .where("work_packages.id", "=", input.workPackageId)
    .where("work_packages.project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!wp) throw notFound("Work package");
  return { ...wp, can: workPackageCan(ctx) };
}

async function validate(ctx: ProjectCtx, db: Db, input: WorkPackageInput, exceptId?: string) {
  const notes = new FieldNotes();
  checkWithinProject(input, await projectSchedule(db, ctx.access.projectId), notes);
  await checkPartners(ctx, db, "leadPartnerId", [input.leadPartnerId], notes);
  notes.throwIfAny();
  let q = db
    .selectFrom("work_packages")
    .select("id")
    .where("project_id", "=", ctx.access.projectId)
    .where("number", "=", input.number);
  if (exceptId) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) throw numberTaken(input.number);
}

const numberTaken = (n: number) => taken("number", `Work package ${n} already exists`);

const toRow = (i: WorkPackageInput) => ({
  number: i.number,
  title: i.title,
  objectives: i.objectives,
  lead_partner_id: i.leadPartnerId,
  start_date: i.startDate,
  end_date: i.endDate,
});

export async function createWorkPackage(ctx: ProjectCtx, input: WorkPackageInput) {
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await validate(ctx, trx, input);
        const row = await trx
          .insertInto("work_packages")
          .values({ ...toRow(input), project_id: ctx.access.projectId })
          .returning(["id", "number", "version"])
          .executeTakeFirstOrThrow();
        await auditChange(trx, ctx, {
          entity: "work_package",
          entityId: row.id,
          action: "create",
          summary: `Work package ${row.number} “${input.title}” added`,
        });
        return row;
      }),
    () => numberTaken(input.number),
  );
}

export async function updateWorkPackage(
  ctx: ProjectCtx,
  input: WorkPackageInput & { workPackageId: string; version: number },
) {
  return orTaken(
    () =>
      ctx.db.transaction().execute(async (trx) => {
        await loadWorkPackage(ctx, trx, input.workPackageId);
        await validate(ctx, trx, input, input.workPackageId);
        const row = await updateVersioned(
          trx,
          "work_packages",
          {
            id: input.workPackageId,
            version: input.version,
            projectId: ctx.access.projectId,
            label: "This work package",
          },
          { ...toRow(input), updated_at: new Date() },
          ["id", "number", "version"],
        );
        await auditChange(trx, ctx, {
          entity: "work_package",
          entityId: row.id,
          action: "update",
          summary: `Work package ${row.number} “${input.title}” updated`,
        });
        return row;
      }),
    () => numberTaken(input.number),
  );
}

/** Only an empty work package goes: its activities and deliverables are moved or deleted first. */
export async function deleteWorkPackage(
  ctx: ProjectCtx,
  input: { workPackageId: string; version: number },
) {
  return ctx.db.transaction().execute(async (trx) => {
    const wp = await loadWorkPackage(ctx, trx, input.workPackageId);
    if (wp.version !== input.version) throw staleVersion("This work package");
    const count = (table: "activities" | "deliverables") =>
      trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("work_package_id", "=", wp.id)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    const [activities, deliverables] = [await count("activities"), await count("deliverables")];
    if (activities + deliverables > 0)
      throw conflict(
        `Work package ${wp.number} still has ${activities} activities and ${deliverables} deliverables; move or delete them first`,
      );
    // Conditional on the version read above: a concurrent edit makes this delete nothing.
    const gone = await trx
      .deleteFrom("work_packages")
      .where("id", "=", wp.id)
      .where("version", "=", input.version)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw staleVersion("This work package");
    await auditChange(trx, ctx, {
      entity: "work_package",
      entityId: wp.id,
      action: "delete",
      summary: `Work package ${wp.number} “${wp.title}” deleted`,
    });
    return { ok: true as const };
  });
}
