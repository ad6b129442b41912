import { z } from "zod";
import { attachmentDocumentIds } from "../documents/attachments";
import { validatedOn } from "../learning/practice-schemas";
import { EDITOR_ROLES, VALIDATOR_ROLES } from "../learning/roles";
import { LEAD_ROLES, projectInput, projectProcedure, READ_ROLES, router } from "../trpc";
import { learningChain } from "./chain";
import { policyCounts } from "./counts";
import * as improvements from "./improvements";
import { policyMatrix } from "./matrix";
import * as monitoring from "./monitoring";
import {
  chainFilter,
  checkChainFilter,
  checkMonitoring,
  improvementFields,
  improvementFilters,
  monitoringFields,
  revertReason,
} from "./schemas";
import { instrumentStatus } from "./status";
import * as workflow from "./workflow";

const read = projectProcedure(READ_ROLES);
/** Editors record their own partner's monitoring and improvements; services check the partner. */
const edit = projectProcedure(EDITOR_ROLES);
const lead = projectProcedure(LEAD_ROLES);
const validate = projectProcedure(VALIDATOR_ROLES);
const version = z.number().int().positive();
const improvementRef = { improvementId: z.uuid("Choose a policy improvement"), version };

export const monitoringRouter = router({
  byPlan: read
    .input(projectInput({ actionPlanId: z.uuid() }))
    .query(({ ctx, input }) => monitoring.monitoringByPlan(ctx, input)),
  upsert: edit
    .input(projectInput(monitoringFields).superRefine(checkMonitoring))
    .mutation(({ ctx, input }) => monitoring.upsertProgress(ctx, input)),
  evidence: read
    .input(projectInput({ progressId: z.uuid() }))
    .query(({ ctx, input }) => monitoring.progressEvidence(ctx, input)),
  attachEvidence: edit
    .input(projectInput({ progressId: z.uuid(), documentIds: attachmentDocumentIds }))
    .mutation(({ ctx, input }) => monitoring.attachProgressEvidence(ctx, input)),
  detachEvidence: edit
    .input(projectInput({ progressId: z.uuid(), documentId: z.uuid() }))
    .mutation(({ ctx, input }) => monitoring.detachProgressEvidence(ctx, input)),
});

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

export const policyViewsRouter = router({
  instrumentStatus: read
    .input(projectInput({ partnerId: z.uuid() }))
    .query(({ ctx, input }) => instrumentStatus(ctx, input)),
  matrix: read
    .input(projectInput({ periodNumber: z.number().int().min(1).max(40).optional() }))
    .query(({ ctx, input }) => policyMatrix(ctx, input)),
  chain: read
    .input(projectInput(chainFilter).superRefine(checkChainFilter))
    .query(({ ctx, input }) => learningChain(ctx, input)),
  counts: read.input(projectInput({})).query(({ ctx }) => policyCounts(ctx)),
});
