import { z } from "zod";
import { version } from "../shared/fields";
import { editorProcedure as edit, projectInput, router } from "../trpc";
import * as actions from "./actions";
import { inspirationOptions } from "./inspiration-links";
import { addInspiration, removeInspiration } from "./inspirations";
import { actionFields, checkActionDates, inspirationKind, inspirationNote } from "./schemas";

/** The partnership's staff comments; observers read the threads. */

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
