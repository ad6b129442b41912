import { LANGUAGES } from "@consortia/api/schemas";
import type {
  ActionInspirationKind,
  ActionPlanStatus,
  ActionStatus,
  TerritorialLevel,
} from "@consortia/db/schema";

type BadgeVariant = "default" | "secondary" | "outline" | "success" | "warning" | "destructive";

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

export const INSPIRATION_KIND_LABELS: Record<ActionInspirationKind, string> = {
  good_practice: "Good practice",
  learning_event: "Learning event",
  recommendation: "Peer-review recommendation",
};

export const TERRITORIAL_LEVEL_LABELS: Record<TerritorialLevel, string> = {
  national: "National",
  regional: "Regional",
  local: "Local",
};

export const SNAPSHOT_TRANSITION_LABELS: Record<string, string> = {
  submit: "Submitted for review",
  finalise: "Finalised",
};

export const plansUrl = (projectId: string) => `/projects/${projectId}/action-plans`;
export const planUrl = (projectId: string, planId: string) =>
  `/projects/${projectId}/action-plans/${planId}`;
export const planHistoryUrl = (projectId: string, planId: string) =>
  `${planUrl(projectId, planId)}/history`;
export const planMonitoringUrl = (projectId: string, planId: string) =>
  `${planUrl(projectId, planId)}/monitoring`;
export const newPlanUrl = (projectId: string, instrumentId: string) =>
  `/projects/${projectId}/action-plans/new?instrument=${instrumentId}`;

export type ExportFormat = "pdf" | "docx" | "xlsx";

/** The export route: the live plan, or one of its snapshots. */
export function exportUrl(
  projectId: string,
  planId: string,
  format: ExportFormat,
  snapshot: number | null,
) {
  const q = new URLSearchParams({ format });
  if (snapshot !== null) q.set("snapshot", String(snapshot));
  return `/api/projects/${projectId}/action-plans/${planId}/export?${q}`;
}

export const languageName = (code: string) => LANGUAGES[code] ?? code;

/** The language a region most likely writes in, to preselect in a new plan. */
const COUNTRY_LANGUAGE: Record<string, string> = {
  AT: "de",
  BE: "nl",
  BG: "bg",
  CY: "el",
  CZ: "cs",
  DE: "de",
  DK: "da",
  EE: "et",
  ES: "es",
  FI: "fi",
  FR: "fr",
  GR: "el",
  HR: "hr",
  HU: "hu",
  IE: "en",
  IT: "it",
  LT: "lt",
  LU: "fr",
  LV: "lv",
  MT: "mt",
  NL: "nl",
  NO: "no",
  PL: "pl",
  PT: "pt",
  RO: "ro",
  SE: "sv",
  SI: "sl",
  SK: "sk",
};

export function languageOf(country: string): string {
  const code = COUNTRY_LANGUAGE[country];
  return code && code in LANGUAGES ? code : "en";
}

const eur = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });

/** "1234.50" → "€1,234.50"; an amount not stated says so. */
export function formatEur(amount: string | null): string {
  return amount === null ? "Not estimated" : eur.format(Number(amount));
}
