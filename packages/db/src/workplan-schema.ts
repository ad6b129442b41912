import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UuidList = ColumnType<string[], string[] | undefined, string[]>;

export const DELIVERABLE_KINDS = ["deliverable", "output"] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

export const DELIVERABLE_STATUSES = [
  "planned",
  "in_progress",
  "submitted",
  "changes_requested",
  "approved",
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

export const DELIVERABLE_TRANSITIONS = [
  "create",
  "start",
  "submit",
  "request_changes",
  "approve",
] as const;
export type DeliverableTransition = (typeof DELIVERABLE_TRANSITIONS)[number];

export interface WorkPackageTable {
  id: Generated<string>;
  project_id: string;
  number: number;
  title: string;
  objectives: Generated<string>;
  lead_partner_id: string;
  start_date: string;
  end_date: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ActivityTable {
  id: Generated<string>;
  project_id: string;
  work_package_id: string;
  title: string;
  description: Generated<string>;
  start_date: string;
  end_date: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ActivityPartnerTable {
  activity_id: string;
  partner_id: string;
}

export interface DeliverableTable {
  id: Generated<string>;
  project_id: string;
  work_package_id: string;
  activity_id: string | null;
  code: string;
  title: string;
  description: Generated<string>;
  kind: DeliverableKind;
  responsible_partner_id: string;
  /** The reporting period is derived from this date and the project dates, never stored. */
  due_date: string;
  target_value: number | null;
  achieved_value: number | null;
  status: ColumnType<DeliverableStatus, DeliverableStatus | undefined, DeliverableStatus>;
  status_changed_at: Timestamp;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface DeliverablePartnerTable {
  deliverable_id: string;
  partner_id: string;
}

/** Immutable history of a deliverable (a trigger refuses updates). */
export interface DeliverableEventTable {
  id: Generated<string>;
  project_id: string;
  deliverable_id: string;
  transition: DeliverableTransition;
  from_status: DeliverableStatus | null;
  to_status: DeliverableStatus;
  actor_id: string | null;
  note: Generated<string>;
  /** The documents submitted with this transition, as they were at the time. */
  document_ids: UuidList;
  achieved_value: number | null;
  at: CreatedAt;
}

export interface DeliverableCommentTable {
  id: Generated<string>;
  project_id: string;
  deliverable_id: string;
  parent_id: string | null;
  author_id: string | null;
  body: string;
  /** Users named with @ in the body, resolved to active project members. */
  mentions: UuidList;
  created_at: CreatedAt;
  updated_at: Timestamp;
  edited_at: Timestamp | null;
  deleted_at: Timestamp | null;
  version: Generated<number>;
}

/**
 * Outbox of domain events for notifications. Producers write rows in the transaction of the
 * change; the notifications consumer reads unprocessed rows and sets `processed_at`.
 */
export interface NotificationEventTable {
  id: Generated<string>;
  project_id: string;
  kind: string;
  entity: string;
  entity_id: string;
  actor_id: string | null;
  /** The people the event concerns at the time it happened (the actor excluded). */
  recipient_ids: UuidList;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
  created_at: CreatedAt;
  processed_at: Timestamp | null;
}

export interface WorkplanTables {
  work_packages: WorkPackageTable;
  activities: ActivityTable;
  activity_partners: ActivityPartnerTable;
  deliverables: DeliverableTable;
  deliverable_partners: DeliverablePartnerTable;
  deliverable_events: DeliverableEventTable;
  deliverable_comments: DeliverableCommentTable;
  notification_events: NotificationEventTable;
}

export type WorkPackage = Selectable<WorkPackageTable>;
export type Activity = Selectable<ActivityTable>;
export type Deliverable = Selectable<DeliverableTable>;
export type DeliverableEvent = Selectable<DeliverableEventTable>;
export type DeliverableComment = Selectable<DeliverableCommentTable>;
export type NotificationEvent = Selectable<NotificationEventTable>;
