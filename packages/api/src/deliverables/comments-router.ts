import { z } from "zod";
import { version } from "../shared/fields";
import { staffProcedure as commenter, projectInput, readProcedure as read, router } from "../trpc";
import * as comments from "./comments";
import { commentBody } from "./deliverable-schemas";

export const commentsRouter = router({
  people: commenter.input(projectInput({})).query(({ ctx }) => comments.listMentionable(ctx)),
  list: read
    .input(projectInput({ deliverableId: z.uuid() }))
    .query(({ ctx, input }) => comments.listComments(ctx, input)),
  add: commenter
    .input(
      projectInput({
        deliverableId: z.uuid(),
        parentId: z.uuid().nullable().default(null),
        body: commentBody,
      }),
    )
    .mutation(({ ctx, input }) => comments.addComment(ctx, input)),
  edit: commenter
    .input(projectInput({ commentId: z.uuid(), body: commentBody, version }))
    .mutation(({ ctx, input }) => comments.editComment(ctx, input)),
  delete: commenter
    .input(projectInput({ commentId: z.uuid(), version }))
    .mutation(({ ctx, input }) => comments.deleteComment(ctx, input)),
});
