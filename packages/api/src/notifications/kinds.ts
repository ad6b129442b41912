import type { Db, NotificationDelivery, UserNotificationKind } from "@consortia/db";
import { USER_NOTIFICATION_KINDS } from "@consortia/db/schema";

export { USER_NOTIFICATION_KINDS };

export const KIND_LABELS: Record<UserNotificationKind, string> = {
  deadline_14: "Deadline in 14 days",
  deadline_7: "Deadline in 7 days",
  deadline_1: "Deadline tomorrow",
  overdue: "Deliverable overdue",
  submitted: "Deliverable submitted",
  approved: "Deliverable approved",
  changes_requested: "Changes requested",
  mentioned: "Mentioned in a comment",
  reminder: "Reminder from the lead partner",
};

/**
 * What a person gets until they choose otherwise: what needs acting on now comes at once;
 * early reminders wait for the daily digest.
 */
export const DEFAULT_DELIVERY: Record<UserNotificationKind, NotificationDelivery> = {
  deadline_14: "daily_digest",
  deadline_7: "daily_digest",
  deadline_1: "immediately",
  overdue: "immediately",
  submitted: "immediately",
  approved: "immediately",
  changes_requested: "immediately",
  mentioned: "immediately",
  reminder: "immediately",
};

/**
 * The rooms' event kinds (deliverables/deliverable-events.ts; the money desk's reminder of a
 * financial report, finance/desk-remind.ts) as the kinds people choose about.
 */
export const EVENT_KIND_MAP: Record<string, UserNotificationKind | undefined> = {
  deliverable_submitted: "submitted",
  deliverable_approved: "approved",
  deliverable_changes_requested: "changes_requested",
  mentioned: "mentioned",
  deliverable_reminder: "reminder",
  financial_report_reminder: "reminder",
};

/** Each person's choice for one kind (the default where they made none). */
export async function deliveriesFor(
  db: Db,
  userIds: readonly string[],
  kind: UserNotificationKind,
): Promise<Map<string, NotificationDelivery>> {
  const out = new Map(userIds.map((id) => [id, DEFAULT_DELIVERY[kind]]));
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom("notification_preferences")
    .select(["user_id", "delivery"])
    .where("kind", "=", kind)
    .where("user_id", "in", [...userIds])
    .execute();
  for (const r of rows) out.set(r.user_id, r.delivery);
  return out;
}

export type NewNotification = {
  kind: UserNotificationKind;
  projectId: string | null;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string;
};

/**
 * Creates the notification for each recipient who did not turn the kind off. Existing rows
 * (same person and dedupe key) are left alone, so calling this again creates nothing.
 * Returns how many rows were new.
 */
export async function notify(
  db: Db,
  userIds: readonly string[],
  n: NewNotification,
): Promise<number> {
  const deliveries = await deliveriesFor(db, [...new Set(userIds)], n.kind);
  const values = [...deliveries]
    .filter(([, d]) => d !== "off")
    .map(([userId, d]) => ({
      user_id: userId,
      project_id: n.projectId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      dedupe_key: n.dedupeKey,
      email_mode: d === "immediately" ? ("immediately" as const) : ("daily_digest" as const),
    }));
  if (values.length === 0) return 0;
  const inserted = await db
    .insertInto("notifications")
    .values(values)
    .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
    .returning("id")
    .execute();
  return inserted.length;
}
