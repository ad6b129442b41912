import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import type { ActionStatus } from "@consortia/db/schema";
import { ACTION_STATUS_LABELS } from "@/lib/policy-labels";

export type Plan = RouterOutputs["actionPlans"]["get"];
export type PlanAction = Plan["actions"][number];
export type ActionInput = Omit<RouterInputs["planActions"]["create"], "projectId" | "actionPlanId">;

/** The action form's values: dates and the amount hold "" for "not given". */
export type ActionValues = {
  title: string;
  status: ActionStatus;
  startDate: string;
  endDate: string;
  estimatedCostEur: string;
  fundingSources: string;
  background: string;
  activities: string;
  players: string;
  summaryEn: string;
};

export const ACTION_LABELS: Record<keyof ActionValues, string> = {
  title: "Title",
  status: "Status",
  startDate: "Start date",
  endDate: "End date",
  estimatedCostEur: "Estimated cost (EUR)",
  fundingSources: "Funding sources",
  background: "Background",
  activities: "Activities",
  players: "Players involved",
  summaryEn: "English summary",
};

export function emptyAction(): ActionValues {
  return {
    title: "",
    status: "planned",
    startDate: "",
    endDate: "",
    estimatedCostEur: "",
    fundingSources: "",
    background: "",
    activities: "",
    players: "",
    summaryEn: "",
  };
}

export function toActionValues(a: PlanAction): ActionValues {
  return {
    title: a.title,
    status: a.status,
    startDate: a.startDate ?? "",
    endDate: a.endDate ?? "",
    estimatedCostEur: a.estimatedCostEur ?? "",
    fundingSources: a.fundingSources,
    background: a.background,
    activities: a.activities,
    players: a.players,
    summaryEn: a.summaryEn,
  };
}

export function toActionInput(v: ActionValues): ActionInput {
  return {
    ...v,
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    estimatedCostEur: v.estimatedCostEur.trim() || null,
  };
}

export function displayActionValue(k: keyof ActionValues, v: ActionValues): string {
  return k === "status" ? ACTION_STATUS_LABELS[v.status] : String(v[k]).trim();
}
