import { z } from "zod";
import { version } from "../shared/fields";
import { projectSchedule } from "../shared/project-calendar";
import { LEAD_ROLES, READ_ROLES } from "../shared/roles";
import { authedProcedure, projectInput, projectProcedure, router } from "../trpc";
import { checkProjectDates, projectFields } from "./schemas";
import * as projects from "./service";

export const projectsRouter = router({
  mine: authedProcedure
    .input(z.strictObject({}).optional())
    .query(({ ctx }) => projects.listMyProjects(ctx, new Date())),
  overview: projectProcedure(READ_ROLES)
    .input(projectInput({}))
    .query(({ ctx }) => projects.getProjectOverview(ctx, new Date())),
  /** The reporting periods, the current one and the phase: the project calendar. */
  periods: projectProcedure(READ_ROLES)
    .input(projectInput({}))
    .query(({ ctx }) => projectSchedule(ctx.db, ctx.access.projectId, new Date())),
  update: projectProcedure(LEAD_ROLES)
    .input(projectInput({ ...projectFields, version }).superRefine(checkProjectDates))
    .mutation(({ ctx, input }) => projects.updateProject(ctx, input)),
});
