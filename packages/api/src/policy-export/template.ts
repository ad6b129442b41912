import type {
  ActionInspirationKind,
  ActionPlanStatus,
  ActionStatus,
  PolicyInstrumentType,
  TerritorialLevel,
} from "@consortia/db";
import { COUNTRIES } from "../partners";
import { dayLong, utcDay } from "../shared/dates";
import { toCents } from "../shared/money";
import type { ActionExportModel, ActionPlanExportModel } from "./model";

/**
 * The Interreg Europe action plan template (Parts I–III and the signature block), shared by
 * the PDF and DOCX document (./document) and the XLSX, so all three use the same headings and
 * labels.
 */
export const PART_I = "Part I – General information";
export const PART_II = "Part II – Policy context";
export const PART_III = "Part III – Details of the actions envisaged";
export const SIGNATURE = "Date and signature";

export const IMPACT_OPTIONS = [
  { key: "growth_and_jobs", label: "Investment for Growth and Jobs programme" },
  { key: "etc", label: "European Territorial Cooperation programme" },
  { key: "other", label: "Other regional development policy instrument" },
] as const;

export const ACTION_HEADINGS = {
  background: "1. The background",
  backgroundHint:
    "How the project has inspired the action, the lessons learnt and the origin of the good practice",
  activities: "2. Action (activities)",
  players: "3. Players involved",
  timeframe: "4. Timeframe",
  costs: "5. Costs",
  funding: "6. Funding sources",
} as const;

export const INSTRUMENT_TYPE_LABELS: Record<PolicyInstrumentType, string> = {
  growth_and_jobs_programme: "Investment for Growth and Jobs programme",
  territorial_cooperation_programme: "European Territorial Cooperation programme",
  regional_strategy: "Regional strategy",
  smart_specialisation_strategy: "Smart specialisation strategy (S3)",
  other: "Other policy instrument",
};

export const TERRITORIAL_LEVEL_LABELS: Record<TerritorialLevel, string> = {
  national: "National",
  regional: "Regional",
  local: "Local",
};

export const PLAN_STATUS_LABELS: Record<ActionPlanStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  final: "Final",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const INSPIRATION_KIND_LABELS: Record<ActionInspirationKind, string> = {
  good_practice: "Good practice",
  learning_event: "Learning event",
  recommendation: "Peer-review recommendation",
};

/** Which of the template's three "aims to impact" boxes the instrument's type ticks. */
export function impactKey(type: PolicyInstrumentType): (typeof IMPACT_OPTIONS)[number]["key"] {
  if (type === "growth_and_jobs_programme") return "growth_and_jobs";
  if (type === "territorial_cooperation_programme") return "etc";
  return "other";
}

export function countryName(code: string): string {
  return COUNTRIES[code] ?? code;
}

export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "YYYY-MM-DD" or a timestamp as "12 March 2026"; an empty string for none. */
export const formatDate = dayLong;

/** A calendar date ("YYYY-MM-DD") as a Date at midnight UTC, for spreadsheet date cells. */
export function dateValue(value: string | null): Date | null {
  if (!value) return null;
  const d = utcDay(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function timeframe(a: Pick<ActionExportModel, "startDate" | "endDate">): string {
  if (!a.startDate && !a.endDate) return "Not set";
  return `${formatDate(a.startDate) || "open"} – ${formatDate(a.endDate) || "open"}`;
}

export { toCents };

/** Whole cents as "EUR 12,500.00". */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `EUR ${sign}${whole}.${(abs % 100n).toString().padStart(2, "0")}`;
}

export function formatEuro(decimal: string | null): string {
  return decimal === null ? "Not estimated" : formatCents(toCents(decimal));
}

/** The sum of the actions' estimated costs; actions without an estimate count as zero. */
export function totalCents(actions: readonly ActionExportModel[]): bigint {
  return actions.reduce(
    (sum, a) => sum + (a.estimatedCostEur === null ? 0n : toCents(a.estimatedCostEur)),
    0n,
  );
}

/** The line under the title: the plan's status, and the snapshot it shows, if any. */
export function editionLine(m: ActionPlanExportModel): string {
  const parts = [`Status: ${PLAN_STATUS_LABELS[m.plan.status]}`];
  if (m.plan.snapshot) {
    const what = m.plan.snapshot.transition === "finalise" ? "finalised" : "submitted";
    parts.push(
      `Snapshot ${m.plan.snapshot.number} (${what} ${formatDate(m.plan.snapshot.createdAt)})`,
    );
  }
  if (m.plan.finalisedAt) parts.push(`Finalised ${formatDate(m.plan.finalisedAt)}`);
  parts.push(`Exported ${formatDate(m.generatedAt)}`);
  return parts.join(" · ");
}

/** Part I as label/value pairs, in the template's order. */
export function generalInformationRows(m: ActionPlanExportModel): [string, string][] {
  const contact = [m.partner.contactName, m.partner.contactEmail].filter(Boolean).join(", ");
  return [
    ["Project", `${m.project.acronym} – ${m.project.title}`],
    ["Partner organisation", m.partner.name],
    [
      "Other partner organisations involved",
      m.partner.otherPartners.length ? m.partner.otherPartners.join("; ") : "None",
    ],
    ["Country", countryName(m.partner.country)],
    ["NUTS 2 region", `${m.partner.region} (${m.partner.nutsCode})`],
    ["Contact person", contact || "Not recorded"],
    ["Language of the action plan", languageName(m.plan.language)],
  ];
}

/** Part II's facts about the instrument, as label/value pairs. */
export function instrumentRows(m: ActionPlanExportModel): [string, string][] {
  return [
    ["Name of the policy instrument addressed", m.instrument.name],
    ["Type", INSTRUMENT_TYPE_LABELS[m.instrument.type]],
    ["Managing authority", m.instrument.managingAuthority || "Not recorded"],
    ["Territorial level", TERRITORIAL_LEVEL_LABELS[m.instrument.territorialLevel]],
  ];
}

export function inspirationLine(i: { kind: ActionInspirationKind; title: string }): string {
  return `${INSPIRATION_KIND_LABELS[i.kind]}: ${i.title}`;
}
