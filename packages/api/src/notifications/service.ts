import type { NotificationDelivery, UserNotificationKind } from "@consortia/db";
import { sql } from "kysely";
import type { z } from "zod";
import { type AuditInput, recordAudit } from "../audit";
import type { AuthedCtx } from "../shared/service-context";
import { DEFAULT_DELIVERY, KIND_LABELS, USER_NOTIFICATION_KINDS } from "./kinds";
import type { listInput, markReadInput, setPreferencesInput } from "./schemas";

/** The caller's own notifications: unread first, then newest first. */
export async function listNotifications(ctx: AuthedCtx, input: z.output<typeof listInput>) {
  const offset = input.cursor ?? 0;
  let q = ctx.db.selectFrom("notifications").where("user_id", "=", ctx.actor.userId);
  if (input.filter === "unread") q = q.where("read_at", "is", null);
  const rows = await q
    .select(["id", "kind", "title", "body", "link", "project_id", "read_at", "created_at"])
    .orderBy(sql`read_at is null`, "desc")
    .orderBy("created_at", "desc")
    .orderBy("id")
    .offset(offset)
    .limit(input.limit + 1)
    .execute();
  return {
    items: rows.slice(0, input.limit).map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      projectId: r.project_id,
      readAt: r.read_at,
      createdAt: r.created_at,
    })),
    nextCursor: rows.length > input.limit ? offset + input.limit : null,
  };
}

export async function unreadCount(ctx: AuthedCtx) {
  const row = await ctx.db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", ctx.actor.userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n) };
}

/** Marks the caller's unread notifications read (those of `ids`, or all) and records how many. */
function markUnreadRead(
  ctx: AuthedCtx,
  ids: string[] | null,
  entry: (marked: number) => Pick<AuditInput, "entityId" | "action" | "summary">,
) {
  return ctx.db.transaction().execute(async (trx) => {
    let q = trx
      .updateTable("notifications")
      .set({ read_at: new Date() })
      .where("user_id", "=", ctx.actor.userId);
    if (ids) q = q.where("id", "in", ids);
    const done = await q.where("read_at", "is", null).returning("id").execute();
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "notification",
      ...entry(done.length),
    });
    return { marked: done.length };
  });
}

/** Ids that are not the caller's are ignored, like ids that do not exist. */
export function markRead(ctx: AuthedCtx, input: z.output<typeof markReadInput>) {
  return markUnreadRead(ctx, input.ids, (marked) => ({
    entityId: input.ids.length === 1 ? (input.ids[0] ?? null) : null,
    action: "mark_read",
    summary: `Marked ${marked} notification(s) read`,
  }));
}

export function markAllRead(ctx: AuthedCtx) {
  return markUnreadRead(ctx, null, (marked) => ({
    entityId: null,
    action: "mark_all_read",
    summary: `Marked all ${marked} notification(s) read`,
  }));
}

export async function getPreferences(ctx: AuthedCtx) {
  const rows = await ctx.db
    .selectFrom("notification_preferences")
    .select(["kind", "delivery"])
    .where("user_id", "=", ctx.actor.userId)
    .execute();
  const chosen = new Map<UserNotificationKind, NotificationDelivery>(
    rows.map((r) => [r.kind, r.delivery]),
  );
  return USER_NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind],
    isDefault: !chosen.has(kind),
  }));
}

export async function setPreferences(ctx: AuthedCtx, input: z.output<typeof setPreferencesInput>) {
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("notification_preferences")
      .values(
        input.preferences.map((p) => ({
          user_id: ctx.actor.userId,
          kind: p.kind,
          delivery: p.delivery,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["user_id", "kind"]).doUpdateSet((eb) => ({
          delivery: eb.ref("excluded.delivery"),
          updated_at: new Date(),
        })),
      )
      .execute();
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "notification_preferences",
      entityId: ctx.actor.userId,
      action: "update",
      summary: "Changed notification preferences",
      data: Object.fromEntries(input.preferences.map((p) => [p.kind, p.delivery])),
    });
  });
  return getPreferences(ctx);
}
