import { z } from "zod";
import { recordNumber, version } from "../shared/fields";
import {
  editorProcedure as edit,
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
} from "../trpc";
import { finalisePlan, reopenPlan, submitPlan } from "./plan-workflow";
import * as plans from "./plans";
import { actionPlanFields, overrideReason, reopenReason, transitionNote } from "./schemas";
import { diffSnapshots, getSnapshot, listSnapshots } from "./snapshots";

const snapshotNumber = recordNumber;
const planRef = { actionPlanId: z.uuid(), version };

export const actionPlansRouter = router({
  list: read.input(projectInput({})).query(({ ctx }) => plans.listPlans(ctx)),
  get: read
    .input(projectInput({ actionPlanId: z.uuid() }))
    .query(({ ctx, input }) => plans.getPlan(ctx, input)),
  create: edit
    .input(projectInput({ ...actionPlanFields, policyInstrumentId: z.uuid() }))
    .mutation(({ ctx, input }) => plans.createPlan(ctx, input)),
  update: edit
    .input(projectInput({ ...actionPlanFields, ...planRef }))
    .mutation(({ ctx, input }) => plans.updatePlan(ctx, input)),
  delete: edit
    .input(projectInput(planRef))
    .mutation(({ ctx, input }) => plans.deletePlan(ctx, input)),
  submit: edit
    .input(projectInput({ ...planRef, note: transitionNote }))
    .mutation(({ ctx, input }) => submitPlan(ctx, input)),
  finalise: lead
    .input(projectInput({ ...planRef, note: transitionNote, overrideReason }))
    .mutation(({ ctx, input }) => finalisePlan(ctx, input)),
  reopen: lead
    .input(projectInput({ ...planRef, reason: reopenReason }))
    .mutation(({ ctx, input }) => reopenPlan(ctx, input)),
  snapshots: read
    .input(projectInput({ actionPlanId: z.uuid() }))
    .query(({ ctx, input }) => listSnapshots(ctx, input)),
  snapshot: read
    .input(projectInput({ actionPlanId: z.uuid(), number: snapshotNumber }))
    .query(({ ctx, input }) => getSnapshot(ctx, input)),
  /** Two snapshots, or a snapshot and the plan as it is now (`to` null). */
  diff: read
    .input(
      projectInput({
        actionPlanId: z.uuid(),
        from: snapshotNumber,
        to: snapshotNumber.nullable().default(null),
      }),
    )
    .query(({ ctx, input }) => diffSnapshots(ctx, input)),
});
