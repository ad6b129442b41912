import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, never>;

/** draft → submitted (locks the period) → reopened with a reason → draft → submitted again. */
export const PERIOD_REPORT_STATUSES = ["draft", "submitted"] as const;
export type PeriodReportStatus = (typeof PERIOD_REPORT_STATUSES)[number];

export const WORK_PACKAGE_ACHIEVEMENTS = ["fully", "partly", "not"] as const;
export type WorkPackageAchievement = (typeof WORK_PACKAGE_ACHIEVEMENTS)[number];

/** The most characters of the highlights and of a work package's explanation. */
export const PERIOD_REPORT_HIGHLIGHTS_LIMIT = 20_000;
export const PERIOD_REPORT_EXPLANATION_LIMIT = 5_000;

/** The lead coordinator's consolidated progress report of one reporting period (issue 7). */
export interface PeriodReportTable {
  id: Generated<string>;
  project_id: string;
  period_number: number;
  status: Generated<PeriodReportStatus>;
  highlights: Generated<string>;
  /** The number of the latest submitted version (0: never submitted). */
  latest_version: Generated<number>;
  reopen_reason: string | null;
  reopened_at: Timestamp | null;
  reopened_by: string | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PeriodReportWorkPackageTable {
  report_id: string;
  work_package_id: string;
  achievement: WorkPackageAchievement | null;
  explanation: Generated<string>;
}

/** One submission, frozen: the whole report as JSON (a trigger refuses changes). */
export interface PeriodReportVersionTable {
  id: Generated<string>;
  report_id: string;
  project_id: string;
  number: number;
  content: Json;
  submitted_at: CreatedAt;
  submitted_by: string | null;
}

export interface PeriodReportTables {
  period_reports: PeriodReportTable;
  period_report_work_packages: PeriodReportWorkPackageTable;
  period_report_versions: PeriodReportVersionTable;
}

export type PeriodReport = Selectable<PeriodReportTable>;
