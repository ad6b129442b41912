import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** draft → submitted → (returned by the lead with a comment → submitted again). */
export const CONTRIBUTION_STATUSES = ["draft", "submitted", "returned"] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** The narrative sections of a partner's contribution, as the progress report names them. */
export const CONTRIBUTION_NARRATIVE_FIELDS = [
  "activities",
  "stakeholder_involvement",
  "communication",
  "difficulties_deviations",
] as const;

/** The most characters of one narrative section. */
export const CONTRIBUTION_NARRATIVE_LIMIT = 20_000;

/** One partner's contribution to one reporting period's progress report (issue 7). */
export interface ReportContributionTable {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  period_number: number;
  status: Generated<ContributionStatus>;
  activities: Generated<string>;
  stakeholder_involvement: Generated<string>;
  communication: Generated<string>;
  difficulties_deviations: Generated<string>;
  /** Why the lead coordinator returned it; kept until the next return. */
  return_comment: string | null;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  returned_at: Timestamp | null;
  returned_by: string | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ReportTables {
  report_contributions: ReportContributionTable;
}

export type ReportContribution = Selectable<ReportContributionTable>;
