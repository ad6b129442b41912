import { LANGUAGES } from "@consortia/api/schemas";
import type { ActionInspirationKind } from "@consortia/db/schema";

export const INSPIRATION_KIND_LABELS: Record<ActionInspirationKind, string> = {
  good_practice: "Good practice",
  learning_event: "Learning event",
  recommendation: "Peer-review recommendation",
};

export const SNAPSHOT_TRANSITION_LABELS: Record<string, string> = {
  submit: "Submitted for review",
  finalise: "Finalised",
};

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
