import type { ColumnType, Generated, Selectable } from "kysely";
import type {
  Audited,
  Cents,
  CostCategory,
  CreatedAt,
  Json,
  OptionalCents,
  OptionalDecimal,
  Timestamp,
} from "./finance-schema";

/** Money, part 2 (issue 19): first-level control (migration 0018-control). */

export const CONTROLLER_DUTIES = ["controller", "reviewer"] as const;
export type ControllerDuty = (typeof CONTROLLER_DUTIES)[number];

export const CONTROL_STATUSES = ["in_control", "finished"] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export const SAMPLE_METHODS = ["manual", "random_share", "random_count", "all"] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

export const CONTROL_OUTCOMES = ["pending", "verified", "deducted", "parked"] as const;
export type ControlOutcome = (typeof CONTROL_OUTCOMES)[number];

export interface ControllerAssignmentTable {
  project_id: string;
  user_id: string;
  partner_id: string;
  duty: Generated<ControllerDuty>;
  assigned_by: string | null;
  assigned_at: CreatedAt;
}

export interface ControlErrorTypeTable {
  project_id: string;
  code: string;
  label: string;
  position: Generated<number>;
  archived: Generated<boolean>;
}

export interface ChecklistTemplateTable extends Audited {
  id: Generated<string>;
  project_id: string;
  name: string;
  content: ColumnType<unknown, string, string>;
  archived: Generated<boolean>;
}

export interface ControlTable extends Audited {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  report_id: string;
  period_number: number;
  report_version: number;
  status: Generated<ControlStatus>;
  sample_method: SampleMethod | null;
  sample_seed: string | null;
  sample_size: OptionalDecimal;
  sampled_at: Timestamp | null;
  checklist_template_id: string | null;
  checklist: ColumnType<unknown | null, string | null | undefined, string | null>;
  checklist_completed_at: Timestamp | null;
  conclusion: Generated<string>;
  started_at: CreatedAt;
  started_by: string | null;
  finished_at: Timestamp | null;
  finished_by: string | null;
  latest_certificate: Generated<number>;
}

export interface ControlItemTable {
  control_id: string;
  item_id: string;
  in_sample: Generated<boolean>;
  outcome: Generated<ControlOutcome>;
  certified_cents: OptionalCents;
  deducted_cents: OptionalCents;
  error_type: string | null;
  comment: Generated<string>;
  updated_by: string | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ControlClarificationTable {
  id: Generated<string>;
  control_id: string;
  project_id: string;
  item_id: string | null;
  question: string;
  asked_at: CreatedAt;
  asked_by: string | null;
  due_on: string | null;
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
}

export interface ClarificationDocumentTable {
  clarification_id: string;
  document_id: string;
}

/** Per-category figures a certificate keeps in `content.categories`. */
export type CertificateCategoryFigures = {
  category: CostCategory;
  declaredCents: number;
  deductedCents: number;
  parkedCents: number;
  certifiedCents: number;
};

export interface ControlCertificateTable {
  id: Generated<string>;
  control_id: string;
  project_id: string;
  partner_id: string;
  period_number: number;
  number: number;
  declared_cents: Cents;
  deducted_cents: Cents;
  parked_cents: Cents;
  certified_cents: Cents;
  content: Json;
  issued_at: CreatedAt;
  issued_by: string | null;
}

export interface ControlReopeningTable {
  id: Generated<string>;
  control_id: string;
  certificate_number: number;
  reason: string;
  reopened_at: CreatedAt;
  reopened_by: string | null;
}

/**
 * `control_certificates.content`: what the certificate says, as issued. The PDF and the joint
 * report read it; the columns beside it hold the same totals for queries.
 */
export type CertificateContent = {
  reportVersion: number;
  partner: { id: string; name: string; currency: string };
  periodNumber: number;
  categories: CertificateCategoryFigures[];
  sample: { method: SampleMethod | null; seed: string | null; size: string | null; items: number };
  conclusion: string;
  controller: { id: string; name: string };
  /** The completed checklist (template and answers), if one was used. */
  checklist: unknown | null;
  issuedAt: string;
};

export interface PeriodReportCertificateTable {
  period_report_id: string;
  certificate_id: string;
  project_id: string;
  included: boolean;
  decided_by: string | null;
  decided_at: CreatedAt;
}

export interface ControlTables {
  controller_assignments: ControllerAssignmentTable;
  control_error_types: ControlErrorTypeTable;
  checklist_templates: ChecklistTemplateTable;
  controls: ControlTable;
  control_items: ControlItemTable;
  control_clarifications: ControlClarificationTable;
  clarification_documents: ClarificationDocumentTable;
  control_certificates: ControlCertificateTable;
  control_reopenings: ControlReopeningTable;
  period_report_certificates: PeriodReportCertificateTable;
}

export type Control = Selectable<ControlTable>;
export type ControlItem = Selectable<ControlItemTable>;
export type ControlCertificate = Selectable<ControlCertificateTable>;
