import { describe, expect } from "vitest";
import { it } from "../testing/fixture";
import type { Harness } from "../testing/harness";
import { notify } from "./kinds";

const make = (h: Harness, userId: string, key: string) =>
  notify(h.db, [userId], {
    kind: "approved",
    projectId: h.f.projectA.id,
    title: `Approved ${key}`,
    body: "",
    link: null,
    dedupeKey: key,
  });

describe("notification centre", () => {
  it("lists the caller's own notifications, unread first, and counts the unread", async ({ h }) => {
    const me = await h.f.newUser();
    const other = await h.f.newUser();
    for (const key of ["a", "b", "c"]) await make(h, me.id, key);
    await make(h, other.id, "theirs");
    const caller = await h.callerFor(me.id);
    const [oldest] = (await caller.notifications.list({})).items.slice(-1);
    await caller.notifications.markRead({ ids: [oldest!.id] });

    const page = await caller.notifications.list({ limit: 2 });
    expect(page.items.map((n) => n.readAt)).toEqual([null, null]);
    expect(page.nextCursor).toBe(2);
    // The page's infinite query sends `direction` with each page (tRPC adds it).
    const rest = await caller.notifications.list({ cursor: 2, limit: 2, direction: "forward" });
    expect(rest.items.map((n) => n.id)).toEqual([oldest!.id]);
    expect(rest.nextCursor).toBeNull();
    expect((await caller.notifications.list({ filter: "unread" })).items).toHaveLength(2);
    expect(await caller.notifications.unreadCount()).toEqual({ count: 2 });
    expect((await caller.notifications.list({})).items.map((n) => n.title)).not.toContain(
      "Approved theirs",
    );
  });

  it("never marks someone else's notification read", async ({ h }) => {
    const me = await h.f.newUser();
    const other = await h.f.newUser();
    await make(h, other.id, "x");
    const theirs = await h.db
      .selectFrom("notifications")
      .select("id")
      .where("user_id", "=", other.id)
      .executeTakeFirstOrThrow();
    const caller = await h.callerFor(me.id);
    expect(await caller.notifications.markRead({ ids: [theirs.id] })).toEqual({ marked: 0 });
    expect(await (await h.callerFor(other.id)).notifications.unreadCount()).toEqual({ count: 1 });
    expect(await (await h.callerFor(other.id)).notifications.markAllRead()).toEqual({ marked: 1 });
  });

  it("keeps preferences per kind, with defaults where none was chosen", async ({ h }) => {
    const me = await h.f.newUser();
    const caller = await h.callerFor(me.id);
    const before = await caller.notifications.preferences();
    expect(before.find((p) => p.kind === "deadline_14")).toMatchObject({
      delivery: "daily_digest",
      isDefault: true,
    });
    const after = await caller.notifications.setPreferences({
      preferences: [{ kind: "mentioned", delivery: "off" }],
    });
    expect(after.find((p) => p.kind === "mentioned")).toMatchObject({
      delivery: "off",
      isDefault: false,
    });
    expect(after).toHaveLength(9);
    expect(await make(h, me.id, "m")).toBe(1); // approved is still on
  });
});
