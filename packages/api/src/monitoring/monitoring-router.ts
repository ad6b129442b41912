import { z } from "zod";
import { attachmentDocumentIds } from "../documents";
import * as monitoring from "../monitoring/monitoring";
import { editorProcedure as edit, projectInput, readProcedure as read, router } from "../trpc";
import { checkMonitoring, monitoringFields } from "./monitoring-schemas";

export const monitoringRouter = router({
  byPlan: read
    .input(projectInput({ actionPlanId: z.uuid() }))
    .query(({ ctx, input }) => monitoring.monitoringByPlan(ctx, input, new Date())),
  upsert: edit
    .input(projectInput(monitoringFields).superRefine(checkMonitoring))
    .mutation(({ ctx, input }) => monitoring.upsertProgress(ctx, input, new Date())),
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
