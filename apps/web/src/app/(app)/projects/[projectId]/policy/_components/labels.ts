import type {
  ActionProgressValue,
  PolicyImprovementStatus,
  PolicyImprovementType,
} from "@consortia/db/schema";

export type BadgeVariant = "secondary" | "outline" | "success" | "warning" | "default";

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

const base = (projectId: string) => `/projects/${projectId}`;
export const policyUrl = (projectId: string) => `${base(projectId)}/policy`;
export const regionUrl = (projectId: string, partnerId: string) =>
  `${base(projectId)}/policy/regions/${partnerId}`;
export const chainUrl = (projectId: string, q: { partner?: string; node?: string } = {}) => {
  const s = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]);
  return `${base(projectId)}/policy/chain${s.size ? `?${s}` : ""}`;
};
export const improvementsUrl = (projectId: string) => `${base(projectId)}/improvements`;
export const improvementUrl = (projectId: string, id: string) =>
  `${base(projectId)}/improvements/${id}`;
