import { randomUUID } from "node:crypto";
import type { Fixtures } from "../testing/harness";

type Entry = { roles: "authed"; input: (f: Fixtures) => unknown };

/**
 * Permission-matrix rows for notifications: account-level procedures, open to every
 * signed-in person and acting only on their own rows (ids of others are ignored, as the
 * notifications tests show), so any valid input succeeds for every caller.
 */
export function notificationEntries(): Record<string, Entry> {
  const authed = (input: (f: Fixtures) => unknown = () => undefined): Entry => ({
    roles: "authed",
    input,
  });
  return {
    "notifications.list": authed(() => ({ filter: "unread" })),
    "notifications.unreadCount": authed(),
    "notifications.markRead": authed(() => ({ ids: [randomUUID()] })),
    "notifications.markAllRead": authed(),
    "notifications.preferences": authed(),
    "notifications.setPreferences": authed(() => ({
      preferences: [{ kind: "deadline_14", delivery: "off" }],
    })),
    "notifications.calendarFeed": authed(),
    "notifications.createCalendarFeed": authed(),
    "notifications.revokeCalendarFeed": authed(),
  };
}
