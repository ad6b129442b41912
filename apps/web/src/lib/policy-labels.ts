import type {
  ActionPlanStatus,
  ActionProgressValue,
  ActionStatus,
  PolicyImprovementStatus,
  PolicyImprovementType,
  TerritorialLevel,
} from "@consortia/db/schema";

export type BadgeVariant =
  | "default"
  | "secondary"
  | "outline"
  | "success"
  | "warning"
  | "destructive";

export const IMPROVEMENT_STATUS_LABELS: Record<PolicyImprovementStatus, string> = {
  expected: "Expected",
  achieved: "Achieved",
  validated: "Validated",
};

export const IMPROVEMENT_STATUS_VARIANTS: Record<PolicyImprovementStatus, BadgeVariant> = {
  expected: "outline",
  achieved: "secondary",
  validated: "success",
};

export const IMPROVEMENT_TYPE_LABELS: Record<PolicyImprovementType, string> = {
  new_projects_funded: "New projects funded",
  improved_management: "Improved management of the instrument",
  structural_change: "Structural change (strategic focus)",
};

export const PLAN_STATUS_TEXT: Record<ActionPlanStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  final: "Final",
};

export const PLAN_STATUS_VARIANTS: Record<ActionPlanStatus, BadgeVariant> = {
  draft: "outline",
  in_review: "warning",
  final: "success",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const ACTION_STATUS_VARIANTS: Record<ActionStatus, BadgeVariant> = {
  planned: "outline",
  in_progress: "warning",
  completed: "success",
  cancelled: "secondary",
};

export const TERRITORIAL_LEVEL_LABELS: Record<TerritorialLevel, string> = {
  national: "National",
  regional: "Regional",
  local: "Local",
};

/** Progress colours, always shown with the progress in words beside them. */
export const PROGRESS_STYLES: Record<ActionProgressValue, { badge: string; bar: string }> = {
  not_started: { badge: "border-slate-300 bg-slate-100 text-slate-900", bar: "bg-slate-500" },
  on_track: { badge: "border-sky-300 bg-sky-100 text-sky-900", bar: "bg-sky-700" },
  delayed: { badge: "border-amber-300 bg-amber-100 text-amber-900", bar: "bg-amber-600" },
  completed: { badge: "border-emerald-300 bg-emerald-100 text-emerald-900", bar: "bg-emerald-700" },
};

const EUR = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });

/**
 * "125000.50" → "€125,000.50". The API keeps euros as decimal strings; Intl formats the
 * string itself, so no amount is rounded through a float on the way.
 */
export function formatEuros(amount: string | null): string {
  if (amount === null) return "Not stated";
  if (!/^-?\d+(\.\d+)?$/.test(amount)) return amount;
  return EUR.format(amount as Intl.StringNumericLiteral);
}
