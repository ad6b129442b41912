import type { Db } from "@consortia/db";
import { DomainError, type FieldErrors, invalid, notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { closureEnd, isoDay, type ProjectDates, periodOf, reportingPeriods } from "./periods";

export { isUniqueViolation } from "../shared/db-errors";

/** Collects field messages; errors stop the save, warnings are saved and shown. */
export class FieldNotes {
  readonly notes: FieldErrors = {};
  add(field: string, message: string) {
    const list = this.notes[field] ?? [];
    this.notes[field] = [...list, message];
  }
  get empty() {
    return Object.keys(this.notes).length === 0;
  }
  throwIfAny() {
    if (!this.empty) throw invalid("Some fields need attention", this.notes);
  }
}

export async function projectDates(db: Db, projectId: string) {
  const p = await db
    .selectFrom("projects")
    .select(["start_date", "end_date", "core_phase_end"])
    .where("id", "=", projectId)
    .executeTakeFirst();
  if (!p) throw notFound("Project");
  const dates: ProjectDates = {
    startDate: p.start_date,
    endDate: p.end_date,
    corePhaseEnd: p.core_phase_end,
  };
  const periods = reportingPeriods(dates);
  return { ...dates, periods, lastDay: closureEnd(periods, dates) };
}
export type ProjectSchedule = Awaited<ReturnType<typeof projectDates>>;

/** Partners of another project, or that do not exist, are "unknown" to this one. */
export async function checkPartners(
  ctx: ProjectCtx,
  db: Db,
  field: string,
  ids: readonly string[],
  notes: FieldNotes,
) {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom("partners")
    .select("id")
    .where("project_id", "=", ctx.access.projectId)
    .where("id", "in", [...ids])
    .execute();
  if (found.length < new Set(ids).size) notes.add(field, "Unknown partner");
}

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

/** A field-level conflict: the value is taken by another record. */
export const taken = (field: string, message: string) =>
  new DomainError("CONFLICT", message, { [field]: [message] });

/** The database's unique-index error, the last guard against a race between two saves. */
/** The reporting periods with the one `now` falls in (null before the start, after closure). */
export async function listPeriods(ctx: ProjectCtx, now: Date) {
  const schedule = await projectDates(ctx.db, ctx.access.projectId);
  return { ...schedule, current: periodOf(schedule.periods, isoDay(now)) };
}
