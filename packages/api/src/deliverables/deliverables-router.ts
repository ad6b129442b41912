import { z } from "zod";
import { attachmentDocumentIds } from "../documents";
import { version } from "../shared/fields";
import {
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  editorProcedure as responsible,
  router,
} from "../trpc";
import { commentsRouter } from "./comments-router";
import { deliverableHistory, getDeliverable, listDeliverables } from "./deliverable-queries";
import {
  achievedValue,
  checkDeliverable,
  deliverableFields,
  deliverableFilter,
  deliverableIds,
} from "./deliverable-schemas";
import * as transitions from "./deliverable-workflow";
import * as deliverables from "./deliverables";
import { remindResponsible } from "./remind";

const note = z.string().trim().max(4000, "At most 4000 characters").default("");
const target = { deliverableId: z.uuid(), version };

export const deliverablesRouter = router({
  comments: commentsRouter,
  list: read
    .input(
      projectInput(deliverableFilter).refine(
        (v) => !v.dueFrom || !v.dueTo || v.dueFrom <= v.dueTo,
        {
          path: ["dueTo"],
          message: "'To' must not be before 'from'",
        },
      ),
    )
    .query(({ ctx, input }) => listDeliverables(ctx, input, new Date())),
  get: read
    .input(projectInput({ deliverableId: z.uuid() }))
    .query(({ ctx, input }) => getDeliverable(ctx, input, new Date())),
  history: read
    .input(projectInput({ deliverableId: z.uuid() }))
    .query(({ ctx, input }) => deliverableHistory(ctx, input)),
  create: lead
    .input(projectInput(deliverableFields).superRefine(checkDeliverable))
    .mutation(({ ctx, input }) => deliverables.createDeliverable(ctx, input)),
  update: lead
    .input(projectInput({ ...deliverableFields, ...target }).superRefine(checkDeliverable))
    .mutation(({ ctx, input }) => deliverables.updateDeliverable(ctx, input)),
  delete: lead
    .input(projectInput(target))
    .mutation(({ ctx, input }) => deliverables.deleteDeliverable(ctx, input)),
  start: responsible
    .input(projectInput({ ...target, note }))
    .mutation(({ ctx, input }) => transitions.startDeliverable(ctx, input)),
  submit: responsible
    .input(
      projectInput({
        ...target,
        note,
        documentIds: attachmentDocumentIds,
        achievedValue,
      }),
    )
    .mutation(({ ctx, input }) => transitions.submitDeliverable(ctx, input)),
  requestChanges: lead
    .input(
      projectInput({
        ...target,
        comment: z
          .string()
          .trim()
          .min(3, "Say what needs to change")
          .max(4000, "At most 4000 characters"),
      }),
    )
    .mutation(({ ctx, input: { comment, ...input } }) =>
      transitions.requestChanges(ctx, { ...input, note: comment }),
    ),
  approve: lead
    .input(projectInput({ ...target, note }))
    .mutation(({ ctx, input }) => transitions.approveDeliverable(ctx, input)),
  remind: lead
    .input(projectInput({ deliverableIds, note }))
    .mutation(({ ctx, input }) => remindResponsible(ctx, input, new Date())),
});
