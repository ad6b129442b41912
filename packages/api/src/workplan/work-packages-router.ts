import { z } from "zod";
import { version } from "../shared/fields";
import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import { checkDateRange, workPackageFields } from "./schemas";
import * as workPackages from "./work-packages";

// Services that depend on today's date take `now`; procedures pass the wall clock, tests a
// fixed date.

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
