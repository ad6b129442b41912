import { z } from "zod";
import { LEAD_ROLES, projectInput, projectProcedure, READ_ROLES, router } from "../trpc";
import * as activities from "./activities";
import { listPeriods } from "./checks";
import { deskSummary } from "./desk";
import { deskLearning, setLearningTargets } from "./desk-learning";
import {
  activityFields,
  checkDateRange,
  learningTarget,
  version,
  workPackageFields,
} from "./schemas";
import * as workPackages from "./work-packages";

// Services that depend on today's date take `now`; procedures pass the wall clock, tests a
// fixed date.
const read = projectProcedure(READ_ROLES);
const lead = projectProcedure(LEAD_ROLES);

export const workPackagesRouter = router({
  list: read.input(projectInput({})).query(({ ctx }) => workPackages.listWorkPackages(ctx)),
  get: read
    .input(projectInput({ workPackageId: z.uuid() }))
    .query(({ ctx, input }) => workPackages.getWorkPackage(ctx, input)),
  create: lead
    .input(projectInput(workPackageFields).superRefine(checkDateRange))
    .mutation(({ ctx, input }) => workPackages.createWorkPackage(ctx, input)),
  update: lead
    .input(
      projectInput({ ...workPackageFields, workPackageId: z.uuid(), version }).superRefine(
        checkDateRange,
      ),
    )
    .mutation(({ ctx, input }) => workPackages.updateWorkPackage(ctx, input)),
  delete: lead
    .input(projectInput({ workPackageId: z.uuid(), version }))
    .mutation(({ ctx, input }) => workPackages.deleteWorkPackage(ctx, input)),
});

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

export const periodsRouter = router({
  list: read.input(projectInput({})).query(({ ctx }) => listPeriods(ctx, new Date())),
});

export const deskRouter = router({
  summary: read.input(projectInput({})).query(({ ctx }) => deskSummary(ctx, new Date())),
  learning: read.input(projectInput({})).query(({ ctx }) => deskLearning(ctx, new Date())),
  setLearningTargets: lead
    .input(projectInput({ events: learningTarget, peerReviews: learningTarget, version }))
    .mutation(({ ctx, input }) => setLearningTargets(ctx, input)),
});
