import { version } from "../shared/fields";
import {
  leadProcedure as lead,
  projectInput,
  readProcedure as read,
  router,
  editorProcedure as write,
} from "../trpc";
import {
  contributionNarrative,
  contributionPeriod,
  contributionRef,
  contributionReturnComment,
} from "./contribution-schemas";
import * as workflow from "./contribution-workflow";
import * as contributions from "./contributions";

export const contributionsRouter = router({
  list: read
    .input(projectInput({ periodNumber: contributionPeriod }))
    .query(({ ctx, input }) => contributions.listContributions(ctx, input, new Date())),
  get: read
    .input(projectInput(contributionRef))
    .query(({ ctx, input }) => contributions.getContribution(ctx, input, new Date())),
  save: write
    .input(
      projectInput({ ...contributionRef, ...contributionNarrative, version: version.optional() }),
    )
    .mutation(({ ctx, input }) => contributions.saveContribution(ctx, input, new Date())),
  submit: write
    .input(projectInput({ ...contributionRef, version }))
    .mutation(({ ctx, input }) => workflow.submitContribution(ctx, input, new Date())),
  return: lead
    .input(projectInput({ ...contributionRef, version, comment: contributionReturnComment }))
    .mutation(({ ctx, input }) => workflow.returnContribution(ctx, input, new Date())),
});
