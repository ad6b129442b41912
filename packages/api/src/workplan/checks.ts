import type { Db } from "@consortia/db";
import { notFound } from "../errors";
import type { ProjectSchedule } from "../shared/calendar";
import type { FieldNotes } from "../shared/field-notes";
import type { ProjectCtx } from "../shared/service-context";

/** A span of dates inside the project's activities (closure months excluded). */
export function checkWithinProject(
  v: { startDate: string; endDate: string },
  schedule: ProjectSchedule,
  notes: FieldNotes,
) {
  if (v.startDate < schedule.startDate)
    notes.add("startDate", `The project starts on ${schedule.startDate}`);
  if (v.endDate > schedule.endDate) notes.add("endDate", `The project ends on ${schedule.endDate}`);
}

export async function loadWorkPackage(ctx: ProjectCtx, db: Db, id: string) {
  const wp = await db
    .selectFrom("work_packages")
    .selectAll()
    .where("id", "=", id)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!wp) throw notFound("Work package");
  return wp;
}

/**
 * What the caller may do with a work package or an activity, for the pages: lead coordinators
 * keep the work plan (its procedures admit LEAD_ROLES only); everyone else reads it.
 */
export function workPlanCan(ctx: ProjectCtx) {
  const lead = ctx.access.isLead;
  return { edit: lead, delete: lead };
}

/** A work package also takes new activities, from the same people. */
export const workPackageCan = (ctx: ProjectCtx) => ({
  ...workPlanCan(ctx),
  addActivity: ctx.access.isLead,
});
