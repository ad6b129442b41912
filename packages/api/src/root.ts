import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./account/router";
import { adminRouter } from "./admin/router";
import { auditRouter } from "./audit/router";
import { documentsRouter, foldersRouter } from "./documents/router";
import { membersRouter } from "./members/router";
import { partnersRouter } from "./partners/router";
import { projectsRouter } from "./projects/router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  admin: adminRouter,
  audit: auditRouter,
  documents: documentsRouter,
  folders: foldersRouter,
  members: membersRouter,
  partners: partnersRouter,
  projects: projectsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
