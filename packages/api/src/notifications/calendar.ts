import { randomUUID } from "node:crypto";
import { createToken, hashToken } from "@consortia/auth";
import type { Db } from "@consortia/db";
import { recordAudit } from "../audit";
import { type ApiDeps, createRequestContext } from "../context";
import { notFound } from "../errors";
import { exportRoute } from "../shared/export-route";
import { CONTENT_TYPES } from "../shared/http-kit";
import type { AuthedCtx } from "../shared/service-context";
import { DELIVERABLE_STATUS_LABELS } from "../shared/status-labels";
import { financeDueEvents } from "./calendar-finance";
import { deadlinesQuery } from "./deadlines";
import { deliverableLink } from "./dispatch";
import { renderCalendar } from "./ical";

export const feedUrl = (appUrl: string, token: string) =>
  `${appUrl.replace(/\/$/, "")}/api/calendar/${token}.ics`;

export async function calendarFeedStatus(ctx: AuthedCtx) {
  const row = await ctx.db
    .selectFrom("calendar_feed_tokens")
    .select("created_at")
    .where("user_id", "=", ctx.actor.userId)
    .where("revoked_at", "is", null)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return { active: !!row, createdAt: row?.created_at ?? null };
}

async function revokeAll(db: Db, userId: string) {
  return db
    .updateTable("calendar_feed_tokens")
    .set({ revoked_at: new Date() })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .returning("id")
    .execute();
}

/** A new secret feed address; any earlier one stops working. The URL is shown only now. */
export async function createCalendarFeed(ctx: AuthedCtx) {
  const { token, tokenHash } = createToken();
  await ctx.db.transaction().execute(async (trx) => {
    await revokeAll(trx, ctx.actor.userId);
    const row = await trx
      .insertInto("calendar_feed_tokens")
      .values({ user_id: ctx.actor.userId, token_hash: tokenHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "calendar_feed",
      entityId: row.id,
      action: "create",
      summary: "Created a calendar feed address",
    });
  });
  return { url: feedUrl(ctx.config.appUrl, token) };
}

export async function revokeCalendarFeed(ctx: AuthedCtx) {
  await ctx.db.transaction().execute(async (trx) => {
    const revoked = await revokeAll(trx, ctx.actor.userId);
    await recordAudit(trx, {
      projectId: null,
      actorId: ctx.actor.userId,
      entity: "calendar_feed",
      entityId: revoked[0]?.id ?? null,
      action: "revoke",
      summary: revoked.length ? "Revoked the calendar feed address" : "No calendar feed to revoke",
    });
  });
  return { revoked: true };
}

/** The owner of a live feed token, or null (unknown, revoked, or the account is inactive). */
async function feedOwner(db: Db, token: string) {
  return db
    .selectFrom("calendar_feed_tokens")
    .innerJoin("users", "users.id", "calendar_feed_tokens.user_id")
    .select(["users.id", "users.name"])
    .where("calendar_feed_tokens.token_hash", "=", hashToken(token))
    .where("calendar_feed_tokens.revoked_at", "is", null)
    .where("users.is_active", "=", true)
    .executeTakeFirst();
}

/**
 * The deliverable deadlines of every project the person is an active member of. Everyone
 * in a project reads its work plan (READ_ROLES in shared/roles.ts), so membership is the whole check;
 * a platform admin sees only the projects they belong to. With them, the financial report due
 * dates the person's role concerns (see `financeDueEvents`).
 */
export async function calendarFeed(deps: ApiDeps, token: string, now: Date) {
  const owner = await feedOwner(deps.db, token);
  if (!owner) return null;
  const appUrl = deps.config.appUrl.replace(/\/$/, "");
  const [rows, finance] = await Promise.all([
    deadlinesQuery(deps.db)
      .innerJoin("memberships", "memberships.project_id", "deliverables.project_id")
      .select("deliverables.status")
      .where("memberships.user_id", "=", owner.id)
      .where("memberships.is_active", "=", true)
      .orderBy("deliverables.due_date")
      .execute(),
    financeDueEvents(deps.db, owner.id, appUrl),
  ]);
  const deliverables = rows.map((d) => ({
    uid: `deliverable-${d.id}@consortia`,
    date: d.due_date,
    summary: `[${d.acronym}] ${d.code} ${d.title} due`,
    description: `Responsible partner: ${d.partner}\nStatus: ${DELIVERABLE_STATUS_LABELS[d.status]}`,
    url: `${appUrl}${deliverableLink(d.project_id, d.id)}`,
    categories: [d.acronym],
  }));
  return renderCalendar({
    name: `Consortia deadlines – ${owner.name}`,
    prodId: "-//Consortia//Deliverable deadlines//EN",
    stamp: now,
    // By day; a sort that keeps each list's own order within a day.
    events: [...deliverables, ...finance].sort((a, b) => a.date.localeCompare(b.date)),
  });
}

/** GET /api/calendar/<token>.ics — no session: the secret token is the credential. */
export function handleCalendarFeed(deps: ApiDeps, rawToken: string): Promise<Response> {
  const request = { sessionId: null, requestId: randomUUID(), clientAddress: "" };
  const ctx = { ...createRequestContext(deps, request), actor: null };
  const now = new Date();
  return exportRoute(ctx, new URLSearchParams(), {
    access: async () => deps,
    parse: () => rawToken.replace(/\.ics$/i, ""),
    load: async (d, token) => {
      const body = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await calendarFeed(d, token, now) : null;
      if (body === null) throw notFound("Calendar feed");
      return body;
    },
    render: (body) => body,
    head: () => ({
      type: CONTENT_TYPES.ics,
      fileName: "consortia-deadlines.ics",
      disposition: "inline",
      headers: { "X-Robots-Tag": "noindex" },
    }),
  });
}
