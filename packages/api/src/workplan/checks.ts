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
