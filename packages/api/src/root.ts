import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./account/account-router";
import { adminRouter } from "./admin/admin-router";
import { auditRouter } from "./audit/audit-router";
import { controlChecklistsRouter } from "./control/checklist-router";
import { controlClarificationsRouter } from "./control/clarifications-router";
import { controlRouter } from "./control/control-router";
import { deliverablesRouter } from "./deliverables/deliverables-router";
import { deskRouter } from "./desk/desk-router";
import { documentsRouter } from "./documents/documents-router";
import { foldersRouter } from "./documents/folders-router";
import { budgetRouter } from "./finance/budget-router";
import { correctionsRouter } from "./finance/corrections-router";
import { expenditureRouter } from "./finance/expenditure-router";
import { financialReportsRouter } from "./finance/financial-reports-router";
import { moneyDeskRouter } from "./finance/money-desk-router";
import { improvementsRouter } from "./improvements/improvements-router";
import { indicatorsRouter } from "./indicators/indicators-router";
import { goodPracticesRouter } from "./learning/good-practices-router";
import { learningEventsRouter } from "./learning/learning-events-router";
import { membersRouter } from "./members/members-router";
import { monitoringRouter } from "./monitoring/monitoring-router";
import { notificationsRouter } from "./notifications/notifications-router";
import { partnersRouter } from "./partners/partners-router";
import { paymentsRouter } from "./payments/payments-router";
import { periodReportsRouter } from "./period-reports/period-reports-router";
import { actionPlansRouter } from "./policy/action-plans-router";
import { planActionsRouter } from "./policy/plan-actions-router";
import { planCommentsRouter } from "./policy/plan-comments-router";
import { policyInstrumentsRouter } from "./policy/policy-instruments-router";
import { policyViewsRouter } from "./policy-views/policy-views-router";
import { projectsRouter } from "./projects/projects-router";
import { createCallerFactory, router } from "./trpc";
import { activitiesRouter } from "./workplan/activities-router";
import { workPackagesRouter } from "./workplan/work-packages-router";

/** One namespace per router file, each in the room (folder) it is named after. */
export const appRouter = router({
  account: accountRouter,
  actionPlans: actionPlansRouter,
  activities: activitiesRouter,
  admin: adminRouter,
  audit: auditRouter,
  budget: budgetRouter,
  corrections: correctionsRouter,
  controlChecklists: controlChecklistsRouter,
  controlClarifications: controlClarificationsRouter,
  control: controlRouter,
  deliverables: deliverablesRouter,
  desk: deskRouter,
  documents: documentsRouter,
  financialReports: financialReportsRouter,
  expenditure: expenditureRouter,
  folders: foldersRouter,
  goodPractices: goodPracticesRouter,
  improvements: improvementsRouter,
  indicators: indicatorsRouter,
  learningEvents: learningEventsRouter,
  members: membersRouter,
  monitoring: monitoringRouter,
  moneyDesk: moneyDeskRouter,
  notifications: notificationsRouter,
  partners: partnersRouter,
  payments: paymentsRouter,
  periodReports: periodReportsRouter,
  planActions: planActionsRouter,
  planComments: planCommentsRouter,
  policyInstruments: policyInstrumentsRouter,
  policyViews: policyViewsRouter,
  projects: projectsRouter,
  workPackages: workPackagesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
