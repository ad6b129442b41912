import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { ChangesTables } from "./changes-schema";
import type { ControlTables } from "./control-schema";
import type { DocumentTables } from "./documents-schema";
import type { FinanceTables } from "./finance-schema";
import type { IndicatorTables } from "./indicators-schema";
import type { LearningTables } from "./learning-schema";
import type { NotificationTables } from "./notifications-schema";
import type { PaymentTables } from "./payments-schema";
import type { PeriodReportTables } from "./period-reports-schema";
import type { PolicyTables } from "./policy-schema";
import type { ReportTables } from "./reports-schema";
import type { WorkplanTables } from "./workplan-schema";

export * from "./changes-schema";
export * from "./control-schema";
export * from "./documents-schema";
export * from "./finance-schema";
export * from "./indicators-schema";
export * from "./learning-schema";
export * from "./notifications-schema";
export * from "./payments-schema";
export * from "./period-reports-schema";
export * from "./policy-schema";
export * from "./reports-schema";
export * from "./workplan-schema";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const PROJECT_ROLES = [
  "lead_coordinator",
  "partner_editor",
  "partner_viewer",
  "observer",
  "controller",
] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const PARTNER_ROLES = ["lead", "partner", "advisory"] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const PARTNER_TYPES = [
  "regional_authority",
  "national_authority",
  "local_authority",
  "agency",
  "university",
  "business_support",
  "other",
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export interface ProjectTable {
  id: Generated<string>;
  acronym: string;
  title: string;
  programme: string;
  description: string;
  start_date: string;
  end_date: string;
  core_phase_end: string | null;
  /** Per-project storage quota; null means the installation default. */
  storage_quota_bytes: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface PartnerTable {
  id: Generated<string>;
  project_id: string;
  name: string;
  short_name: string;
  country: string;
  nuts_code: string;
  region_name: string;
  type: PartnerType;
  role: PartnerRole;
  city: string;
  website: string | null;
  contact_name: string | null;
  contact_email: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  is_admin: Generated<boolean>;
  is_active: Generated<boolean>;
  session_version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface MembershipTable {
  id: Generated<string>;
  user_id: string;
  project_id: string;
  partner_id: string | null;
  role: ProjectRole;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface InvitationTable {
  id: Generated<string>;
  project_id: string;
  partner_id: string | null;
  role: ProjectRole;
  email: string;
  token_hash: string;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface PasswordResetTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SessionTable {
  id: Generated<string>;
  user_id: string;
  session_version: number;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  revoked_at: Timestamp | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  key: string;
  at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  project_id: string | null;
  actor_id: string | null;
  at: CreatedAt;
  entity: string;
  entity_id: string | null;
  action: string;
  summary: string;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  transport: "smtp" | "outbox";
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  error: string | null;
}

export interface Database
  extends ChangesTables,
    ControlTables,
    DocumentTables,
    FinanceTables,
    IndicatorTables,
    LearningTables,
    NotificationTables,
    PaymentTables,
    PeriodReportTables,
    PolicyTables,
    ReportTables,
    WorkplanTables {
  projects: ProjectTable;
  partners: PartnerTable;
  users: UserTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  mail_outbox: MailOutboxTable;
}

export type Project = Selectable<ProjectTable>;
export type NewProject = Insertable<ProjectTable>;
export type Partner = Selectable<PartnerTable>;
export type NewPartner = Insertable<PartnerTable>;
export type User = Selectable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Membership = Selectable<MembershipTable>;
export type Invitation = Selectable<InvitationTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type MailMessage = Selectable<MailOutboxTable>;
