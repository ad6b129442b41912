import { scheduleOf } from "../shared/calendar";
import type { ProjectInput } from "./service";

/** What every read of a project returns (camelCase; targets live in the indicator catalogue). */
export const PROJECT_FIELDS = [
  "projects.id",
  "projects.acronym",
  "projects.title",
  "projects.programme",
  "projects.description",
  "projects.start_date as startDate",
  "projects.end_date as endDate",
  "projects.core_phase_end as corePhaseEnd",
  "projects.version",
] as const;

/** A project row with where it stands today: the current reporting period and the phase. */
export function withStanding<
  P extends { startDate: string; endDate: string; corePhaseEnd: string | null },
>(project: P, now: Date) {
  const { currentPeriod, phase, phaseLabel } = scheduleOf(
    { startDate: project.startDate, endDate: project.endDate, corePhaseEnd: project.corePhaseEnd },
    now.toISOString().slice(0, 10),
  );
  return { ...project, currentPeriod, phase, phaseLabel };
}

/** A project's columns from its input (the admin creates it, its lead coordinators change it). */
export const projectRow = (input: ProjectInput) => ({
  acronym: input.acronym,
  title: input.title,
  programme: input.programme,
  description: input.description,
  start_date: input.startDate,
  end_date: input.endDate,
  core_phase_end: input.corePhaseEnd,
});
