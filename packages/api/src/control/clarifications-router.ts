import { z } from "zod";
import { version } from "../shared/fields";
import { CONTROLLER_ROLES, EDITOR_ROLES, READ_ROLES } from "../shared/roles";
import { projectInput, projectProcedure, router } from "../trpc";
import { listClarifications } from "./clarifications-read";
import { answerFields, askFields } from "./clarifications-schemas";
import {
  answerClarification,
  askClarification,
  closeClarification,
} from "./clarifications-service";

const read = projectProcedure(READ_ROLES);
const controller = projectProcedure(CONTROLLER_ROLES);
/** Editors; the service then lets only the control's partner's own editors answer. */
const partnerEditor = projectProcedure(EDITOR_ROLES);
const round = { clarificationId: z.uuid(), version };

// Clarification rounds of first-level control (issue 19): the controller asks, the partner's
// editors answer with documents, the controller closes or follows up. Services that keep dates
// take `now`.
export const controlClarificationsRouter = router({
  list: read
    .input(projectInput({ controlId: z.uuid() }))
    .query(({ ctx, input }) => listClarifications(ctx, input, new Date())),
  ask: controller
    .input(projectInput({ controlId: z.uuid(), ...askFields }))
    .mutation(({ ctx, input }) => askClarification(ctx, input, new Date())),
  answer: partnerEditor
    .input(projectInput({ ...round, ...answerFields }))
    .mutation(({ ctx, input }) => answerClarification(ctx, input, new Date())),
  close: controller
    .input(projectInput(round))
    .mutation(({ ctx, input }) => closeClarification(ctx, input)),
});
