import { z } from "zod";
import {
  authedProcedure,
  LEAD_ROLES,
  projectInput,
  projectProcedure,
  READ_ROLES,
  router,
} from "../trpc";
import { checkProjectDates, projectFields } from "./schemas";
import * as projects from "./service";

export const projectsRouter = router({
  mine: authedProcedure
    .input(z.strictObject({}).optional())
    .query(({ ctx }) => projects.listMyProjects(ctx)),
  overview: projectProcedure(READ_ROLES)
    .input(projectInput({}))
    .query(({ ctx }) => projects.getProjectOverview(ctx)),
  update: projectProcedure(LEAD_ROLES)
    .input(
      projectInput({ ...projectFields, version: z.number().int().positive() }).superRefine(
        checkProjectDates,
      ),
    )
    .mutation(({ ctx, input }) => projects.updateProject(ctx, input)),
});
