import type { Db } from "@consortia/db";
import { forbidden, invalid, notFound } from "../errors";
import { commentState, threads } from "../shared/comment-threads";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { deliverableRef, emitDeliverableEvent, withDispatch } from "./deliverable-events";
import { loadDeliverable } from "./deliverable-queries";
import { type Mentionable, resolveMentions } from "./mentions";

/** Active members of the project: the only people a comment can mention. */
async function mentionable(db: Db, projectId: string): Promise<Mentionable[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id as userId", "users.name", "users.email"])
    .where("memberships.project_id", "=", projectId)
    .where("memberships.is_active", "=", true)
    .where("users.is_active", "=", true)
    .execute();
}

/** The people a commenter can pick after typing "@": names only, never e-mail addresses. */
export async function listMentionable(ctx: ProjectCtx) {
  const people = await mentionable(ctx.db, ctx.access.projectId);
  return people
    .map(({ userId, name }) => ({ userId, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The threads of a deliverable: comments oldest first, each with its replies. */
export async function listComments(ctx: ProjectCtx, input: { deliverableId: string }) {
  const d = await loadDeliverable(ctx, ctx.db, input.deliverableId);
  const rows = await ctx.db
    .selectFrom("deliverable_comments")
    .leftJoin("users", "users.id", "deliverable_comments.author_id")
    .select([
      "deliverable_comments.id",
      "deliverable_comments.parent_id as parentId",
      "deliverable_comments.author_id as authorId",
      "users.name as authorName",
      "deliverable_comments.body",
      "deliverable_comments.mentions",
      "deliverable_comments.created_at as createdAt",
      "deliverable_comments.edited_at as editedAt",
      "deliverable_comments.deleted_at as deletedAt",
      "deliverable_comments.version",
    ])
    .where("deliverable_comments.deliverable_id", "=", d.id)
    .orderBy("deliverable_comments.created_at")
    .orderBy("deliverable_comments.id")
    .execute();
  const names = new Map(
    (await mentionable(ctx.db, ctx.access.projectId)).map((m) => [m.userId, m.name]),
  );
  const shaped = rows.map(({ deletedAt, mentions, ...c }) => {
    const { deleted, edited, ...can } = commentState(ctx, { ...c, deletedAt });
    return {
      ...c,
      deleted,
      edited,
      mentions: mentions.flatMap((userId) => {
        const name = names.get(userId);
        return name ? [{ userId, name }] : [];
      }),
      can,
    };
  });
  return threads(shaped, (c, replies) => ({ ...c, replies }));
}

async function loadComment(ctx: ProjectCtx, id: string) {
  const c = await ctx.db
    .selectFrom("deliverable_comments")
    .selectAll()
    .where("id", "=", id)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!c) throw notFound("Comment");
  return c;
}

async function notifyMentioned(
  db: Db,
  ctx: ProjectCtx,
  deliverableId: string,
  commentId: string,
  userIds: string[],
) {
  const recipients = userIds.filter((id) => id !== ctx.actor.userId);
  if (recipients.length === 0) return;
  const d = await loadDeliverable(ctx, db, deliverableId);
  await emitDeliverableEvent(db, {
    kind: "mentioned",
    deliverable: deliverableRef(d),
    actorId: ctx.actor.userId,
    recipientIds: recipients,
    data: { commentId },
  });
}

/** A reply to a reply joins the thread of the comment that started it: threads are one deep. */
export async function addComment(
  ctx: ProjectCtx,
  input: { deliverableId: string; parentId: string | null; body: string },
) {
  const d = await loadDeliverable(ctx, ctx.db, input.deliverableId);
  let parentId: string | null = null;
  if (input.parentId) {
    const parent = await loadComment(ctx, input.parentId);
    if (parent.deliverable_id !== d.id || parent.deleted_at)
      throw invalid("Some fields need attention", {
        parentId: ["Reply to a comment on this deliverable that is still there"],
      });
    parentId = parent.parent_id ?? parent.id;
  }
  const mentions = resolveMentions(input.body, await mentionable(ctx.db, ctx.access.projectId));
  return withDispatch(ctx, async (trx) => {
    const row = await trx
      .insertInto("deliverable_comments")
      .values({
        project_id: ctx.access.projectId,
        deliverable_id: d.id,
        parent_id: parentId,
        author_id: ctx.actor.userId,
        body: input.body,
        mentions,
      })
      .returning(["id", "version", "mentions"])
      .executeTakeFirstOrThrow();
    await auditChange(trx, ctx, {
      entity: "deliverable_comment",
      entityId: row.id,
      action: "create",
      summary: `Commented on ${d.code}`,
      data: { deliverableId: d.id, mentions },
    });
    await notifyMentioned(trx, ctx, d.id, row.id, mentions);
    return row;
  });
}

/** Authors edit their own words; people newly mentioned by the edit are told, no one twice. */
export async function editComment(
  ctx: ProjectCtx,
  input: { commentId: string; body: string; version: number },
) {
  const c = await loadComment(ctx, input.commentId);
  if (c.author_id !== ctx.actor.userId) throw forbidden("Only the author can edit a comment");
  if (c.deleted_at) throw notFound("Comment");
  const mentions = resolveMentions(input.body, await mentionable(ctx.db, ctx.access.projectId));
  return withDispatch(ctx, async (trx) => {
    const row = await updateVersioned(
      trx,
      "deliverable_comments",
      { id: c.id, version: input.version, live: true, label: "This comment" },
      { body: input.body, mentions, edited_at: new Date(), updated_at: new Date() },
      ["id", "version", "mentions"],
    );
    await auditChange(trx, ctx, {
      entity: "deliverable_comment",
      entityId: c.id,
      action: "update",
      summary: "Edited a comment",
      data: { deliverableId: c.deliverable_id, mentions },
    });
    const added = mentions.filter((id) => !c.mentions.includes(id));
    await notifyMentioned(trx, ctx, c.deliverable_id, c.id, added);
    return row;
  });
}

/** The text goes; a marker stays so the replies keep their place in the thread. */
export async function deleteComment(
  ctx: ProjectCtx,
  input: { commentId: string; version: number },
) {
  const c = await loadComment(ctx, input.commentId);
  if (c.author_id !== ctx.actor.userId && !ctx.access.isLead)
    throw forbidden("Only the author or a lead coordinator can delete a comment");
  if (c.deleted_at) throw notFound("Comment");
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "deliverable_comments",
      { id: c.id, version: input.version, label: "This comment" },
      { body: "", mentions: [], deleted_at: new Date(), updated_at: new Date() },
      ["id", "version"],
    );
    await auditChange(trx, ctx, {
      entity: "deliverable_comment",
      entityId: c.id,
      action: "delete",
      summary: "Deleted a comment",
      data: { deliverableId: c.deliverable_id, byAuthor: c.author_id === ctx.actor.userId },
    });
    return row;
  });
}
