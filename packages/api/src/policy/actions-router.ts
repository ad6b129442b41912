import { ACTION_PLAN_SECTIONS } from "@consortia/db/schema";
import { z } from "zod";
import { projectInput, projectProcedure, READ_ROLES, router, STAFF_ROLES } from "../trpc";
import * as actions from "./actions";
import * as comments from "./comments";
import { inspirationOptions } from "./inspiration-links";
import { addInspiration, removeInspiration } from "./inspirations";
import { EDITOR_ROLES } from "./roles";
import {
  actionFields,
  checkActionDates,
  checkCommentSection,
  inspirationKind,
  inspirationNote,
  planCommentBody,
  planSection,
  version,
} from "./schemas";

const read = projectProcedure(READ_ROLES);
/** Editors and leads; the services check the plan's partner and status. */
const edit = projectProcedure(EDITOR_ROLES);
/** The partnership's staff comments; observers read the threads. */
const comment = projectProcedure(STAFF_ROLES);
const commentRef = { commentId: z.uuid(), version };

export const planActionsRouter = router({
  create: edit
    .input(projectInput({ ...actionFields, actionPlanId: z.uuid() }).superRefine(checkActionDates))
    .mutation(({ ctx, input }) => actions.createAction(ctx, input)),
  update: edit
    .input(
      projectInput({ ...actionFields, actionId: z.uuid(), version }).superRefine(checkActionDates),
    )
    .mutation(({ ctx, input }) => actions.updateAction(ctx, input)),
  delete: edit
    .input(projectInput({ actionId: z.uuid(), version }))
    .mutation(({ ctx, input }) => actions.deleteAction(ctx, input)),
  reorder: edit
    .input(projectInput({ actionPlanId: z.uuid(), actionIds: z.array(z.uuid()).min(1).max(200) }))
    .mutation(({ ctx, input }) => actions.reorderActions(ctx, input)),
  addInspiration: edit
    .input(
      projectInput({
        actionId: z.uuid(),
        kind: inspirationKind,
        targetId: z.uuid("Choose what inspired the action"),
        note: inspirationNote,
      }),
    )
    .mutation(({ ctx, input }) => addInspiration(ctx, input)),
  removeInspiration: edit
    .input(projectInput({ inspirationId: z.uuid() }))
    .mutation(({ ctx, input }) => removeInspiration(ctx, input)),
  /** Practices, events and recommendations to pick from, at most 20 of each. */
  inspirationOptions: edit
    .input(projectInput({ q: z.string().trim().max(200).default("") }))
    .query(({ ctx, input }) => inspirationOptions(ctx, input)),
});

export const planCommentsRouter = router({
  list: read
    .input(
      projectInput({
        actionPlanId: z.uuid(),
        section: z.enum(ACTION_PLAN_SECTIONS).optional(),
        actionId: z.uuid().optional(),
      }),
    )
    .query(({ ctx, input }) => comments.listComments(ctx, input)),
  add: comment
    .input(
      projectInput({
        actionPlanId: z.uuid(),
        section: planSection,
        actionId: z.uuid().nullable().default(null),
        parentId: z.uuid().nullable().default(null),
        body: planCommentBody,
      }).superRefine(checkCommentSection),
    )
    .mutation(({ ctx, input }) => comments.addComment(ctx, input)),
  edit: comment
    .input(projectInput({ ...commentRef, body: planCommentBody }))
    .mutation(({ ctx, input }) => comments.editComment(ctx, input)),
  delete: comment
    .input(projectInput(commentRef))
    .mutation(({ ctx, input }) => comments.deleteComment(ctx, input)),
  resolve: edit
    .input(projectInput(commentRef))
    .mutation(({ ctx, input }) => comments.setResolved(ctx, input, true)),
  unresolve: edit
    .input(projectInput(commentRef))
    .mutation(({ ctx, input }) => comments.setResolved(ctx, input, false)),
});
