import "server-only";
import { cache } from "react";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";

/** One action plan with its actions and snapshots, read once per request. */
export const planById = cache(async (projectId: string, actionPlanId: string) => {
  const api = await serverApi();
  return orNotFound(api.actionPlans.get({ projectId, actionPlanId }));
});

export type PlanDetail = Awaited<ReturnType<typeof planById>>;
