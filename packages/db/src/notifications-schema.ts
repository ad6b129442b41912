import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const USER_NOTIFICATION_KINDS = [
  "deadline_14",
  "deadline_7",
  "deadline_1",
  "overdue",
  "submitted",
  "approved",
  "changes_requested",
  "mentioned",
  "reminder",
] as const;
export type UserNotificationKind = (typeof USER_NOTIFICATION_KINDS)[number];

export const NOTIFICATION_DELIVERIES = ["immediately", "daily_digest", "off"] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const REMINDER_KINDS = ["14d", "7d", "1d", "overdue"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  project_id: string | null;
  kind: UserNotificationKind;
  title: string;
  body: Generated<string>;
  link: string | null;
  dedupe_key: string;
  email_mode: Exclude<NotificationDelivery, "off">;
  emailed_at: Timestamp | null;
  read_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface NotificationPreferenceTable {
  user_id: string;
  kind: UserNotificationKind;
  delivery: NotificationDelivery;
  updated_at: Timestamp;
}

export interface DeadlineReminderSentTable {
  deliverable_id: string;
  user_id: string;
  kind: ReminderKind;
  due_date: string;
  sent_at: CreatedAt;
}

export interface CalendarFeedTokenTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

export interface NotificationTables {
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  deadline_reminders_sent: DeadlineReminderSentTable;
  calendar_feed_tokens: CalendarFeedTokenTable;
}

export type Notification = Selectable<NotificationTable>;
