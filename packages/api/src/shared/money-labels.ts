import type { ContributionKind, CostCategory } from "@consortia/db/schema";

/**
 * The names people read for the money codes several rooms print (the finance room's pages and
 * exports, the period report's financial part). Client-safe: pages import them.
 */
export const CATEGORY_LABELS: Record<CostCategory, string> = {
  staff: "Staff costs",
  office_admin: "Office and administration",
  travel: "Travel and accommodation",
  external: "External expertise and services",
  equipment: "Equipment",
  infrastructure: "Infrastructure and works",
};

export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  public: "Public",
  automatic_public: "Automatic public",
  private: "Private",
};
