import type { LegalStatus, ProcurementType, StaffBasis } from "@consortia/db/schema";

/** The names people read for the finance room's codes (client-safe: pages import them); the
 * category and contribution names are the shared core's (the period report prints them too). */
export { CATEGORY_LABELS, CONTRIBUTION_KIND_LABELS } from "../shared/money-labels";

export const STAFF_BASIS_LABELS: Record<StaffBasis, string> = {
  full_time: "Full time on the project",
  part_time_fixed: "Part time, fixed share",
  part_time_flexible: "Part time, flexible share",
  hourly: "Hourly",
};

export const PROCUREMENT_LABELS: Record<ProcurementType, string> = {
  open: "Open procedure",
  restricted: "Restricted procedure",
  negotiated: "Negotiated procedure",
  direct_award: "Direct award",
  framework: "Framework contract",
  other: "Other",
};

export const REPORT_STATUS_LABELS = {
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
  returned: "Returned",
} as const;

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  public: "Public body (80 %)",
  public_equivalent: "Public-equivalent body (80 %)",
  private_non_profit: "Private non-profit body (70 %)",
  other: "Other (rate set by hand)",
};

/** A code from its code or its label, as a person may type either in a spreadsheet. */
export function codeOf<K extends string>(labels: Record<K, string>, text: string): K | null {
  const t = text.trim().toLowerCase();
  for (const [code, name] of Object.entries(labels) as [K, string][])
    if (t === code || t === name.toLowerCase() || t === code.replace(/_/g, " ")) return code;
  return null;
}
