import { z } from "zod";
import { attachmentDocumentIds } from "../documents";
import { validatedOn } from "../learning";
import { version } from "../shared/fields";
import {
  editorProcedure as edit,
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
  validatorProcedure as validate,
} from "../trpc";
import * as workflow from "./improvement-workflow";
import * as improvements from "./improvements";
import { improvementFields, improvementFilters, revertReason } from "./schemas";

const improvementRef = { improvementId: z.uuid("Choose a policy improvement"), version };

export const improvementsRouter = router({
  list: read
    .input(projectInput(improvementFilters))
    .query(({ ctx, input }) => improvements.listImprovements(ctx, input)),
  get: read
    .input(projectInput({ improvementId: z.uuid() }))
    .query(({ ctx, input }) => improvements.getImprovement(ctx, input)),
  create: edit
    .input(projectInput(improvementFields))
    .mutation(({ ctx, input }) => improvements.createImprovement(ctx, input)),
  update: edit
    .input(projectInput({ ...improvementFields, ...improvementRef }))
    .mutation(({ ctx, input }) => improvements.updateImprovement(ctx, input)),
  delete: edit
    .input(projectInput(improvementRef))
    .mutation(({ ctx, input }) => improvements.deleteImprovement(ctx, input)),
  achieve: edit
    .input(projectInput(improvementRef))
    .mutation(({ ctx, input }) => workflow.achieveImprovement(ctx, input)),
  validate: validate
    .input(projectInput({ ...improvementRef, validatedOn }))
    .mutation(({ ctx, input }) => workflow.validateImprovement(ctx, input)),
  revert: lead
    .input(projectInput({ ...improvementRef, reason: revertReason }))
    .mutation(({ ctx, input }) => workflow.revertImprovement(ctx, input)),
  attachEvidence: edit
    .input(projectInput({ improvementId: z.uuid(), documentIds: attachmentDocumentIds }))
    .mutation(({ ctx, input }) => workflow.attachImprovementEvidence(ctx, input)),
  detachEvidence: edit
    .input(projectInput({ improvementId: z.uuid(), documentId: z.uuid() }))
    .mutation(({ ctx, input }) => workflow.detachImprovementEvidence(ctx, input)),
});
