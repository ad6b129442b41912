import { z } from "zod";
import { version } from "../shared/fields";
import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import * as activities from "./activities";
import { activityFields, checkDateRange } from "./schemas";

// Services that depend on today's date take `now`; procedures pass the wall clock, tests a
// fixed date.

export const activitiesRouter = router({
  list: read
    .input(projectInput({ workPackageId: z.uuid().optional() }))
    .query(({ ctx, input }) => activities.listActivities(ctx, input)),
  create: lead
    .input(projectInput(activityFields).superRefine(checkDateRange))
    .mutation(({ ctx, input }) => activities.createActivity(ctx, input)),
  update: lead
    .input(
      projectInput({ ...activityFields, activityId: z.uuid(), version }).superRefine(
        checkDateRange,
      ),
    )
    .mutation(({ ctx, input }) => activities.updateActivity(ctx, input)),
  delete: lead
    .input(projectInput({ activityId: z.uuid(), version }))
    .mutation(({ ctx, input }) => activities.deleteActivity(ctx, input)),
});
