import { ACTION_PLAN_SECTIONS } from "@consortia/db/schema";
import { z } from "zod";
import { version } from "../shared/fields";
import {
  staffProcedure as comment,
  editorProcedure as edit,
  projectInput,
  readProcedure as read,
  router,
} from "../trpc";
import * as comments from "./comments";
import { checkCommentSection, planCommentBody, planSection } from "./schemas";

const commentRef = { commentId: z.uuid(), version };

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
