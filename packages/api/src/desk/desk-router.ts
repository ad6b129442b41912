import { deskSummary } from "../desk/desk";
import { deskLearning, setLearningTargets } from "../desk/desk-learning";
import { goodPracticeTarget } from "../learning";
import { version } from "../shared/fields";
import { leadProcedure as lead, projectInput, readProcedure as read, router } from "../trpc";
import { learningTarget } from "./desk-schemas";

// Services that depend on today's date take `now`; procedures pass the wall clock, tests a
// fixed date.

export const deskRouter = router({
  summary: read.input(projectInput({})).query(({ ctx }) => deskSummary(ctx, new Date())),
  learning: read.input(projectInput({})).query(({ ctx }) => deskLearning(ctx, new Date())),
  setLearningTargets: lead
    .input(
      projectInput({
        events: learningTarget,
        peerReviews: learningTarget,
        practices: goodPracticeTarget,
        version,
      }),
    )
    .mutation(({ ctx, input }) => setLearningTargets(ctx, input)),
});
