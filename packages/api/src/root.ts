import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./account/router";
import { adminRouter } from "./admin/router";
import { auditRouter } from "./audit/router";
import { documentsRouter, foldersRouter } from "./documents/router";
import { improvementsRouter, monitoringRouter, policyViewsRouter } from "./improvements/router";
import { indicatorsRouter } from "./indicators/router";
import { learningEventsRouter } from "./learning/events-router";
import { goodPracticesRouter } from "./learning/practices-router";
import { membersRouter } from "./members/router";
import { notificationsRouter } from "./notifications/router";
import { partnersRouter } from "./partners/router";
import { periodReportsRouter } from "./period-report/router";
import { planActionsRouter, planCommentsRouter } from "./policy/actions-router";
import { actionPlansRouter, policyInstrumentsRouter } from "./policy/router";
import { projectsRouter } from "./projects/router";
import { reportContributionsRouter } from "./reports/router";
import { createCallerFactory, router } from "./trpc";
import { commentsRouter, deliverablesRouter } from "./workplan/deliverables-router";
import { activitiesRouter, deskRouter, periodsRouter, workPackagesRouter } from "./workplan/router";

export const appRouter = router({
  account: accountRouter,
  admin: adminRouter,
  audit: auditRouter,
  documents: documentsRouter,
  folders: foldersRouter,
  goodPractices: goodPracticesRouter,
  improvements: improvementsRouter,
  indicators: indicatorsRouter,
  monitoring: monitoringRouter,
  policyViews: policyViewsRouter,
  learningEvents: learningEventsRouter,
  members: membersRouter,
  notifications: notificationsRouter,
  partners: partnersRouter,
  periodReports: periodReportsRouter,
  policyInstruments: policyInstrumentsRouter,
  actionPlans: actionPlansRouter,
  planActions: planActionsRouter,
  planComments: planCommentsRouter,
  projects: projectsRouter,
  reportContributions: reportContributionsRouter,
  activities: activitiesRouter,
  comments: commentsRouter,
  deliverables: deliverablesRouter,
  desk: deskRouter,
  periods: periodsRouter,
  workPackages: workPackagesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
