import type { ActionPlanSection, Db } from "@consortia/db";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { commentState, threads } from "../shared/comment-threads";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { visibleActionPlans } from "./access";
import { assertCanCommentOnPlan, loadPlan } from "./plan-access";
import { SECTION_LABELS } from "./schemas";

/**
 * Review comments on an action plan, threaded one deep, per section (or per action). Who may
 * write is in plan-access.ts; authors edit their own words, authors and lead coordinators
 * delete, and the owning partner's editors and lead coordinators resolve a thread.
 */

/** The threads of a plan (optionally of one section or action), oldest first, with replies. */
export async function listComments(
  ctx: ProjectCtx,
  input: {
    actionPlanId: string;
    section?: ActionPlanSection | undefined;
    actionId?: string | undefined;
  },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  const rows = await ctx.db
    .selectFrom("action_plan_comments as c")
    .leftJoin("users as a", "a.id", "c.author_id")
    .leftJoin("users as r", "r.id", "c.resolved_by")
    .leftJoin("actions", "actions.id", "c.action_id")
    .select([
      "c.id",
      "c.parent_id as parentId",
      "c.section",
      "c.action_id as actionId",
      "actions.title as actionTitle",
      "c.author_id as authorId",
      "a.name as authorName",
      "c.body",
      "c.created_at as createdAt",
      "c.edited_at as editedAt",
      "c.deleted_at as deletedAt",
      "c.resolved_at as resolvedAt",
      "r.name as resolvedByName",
      "c.version",
    ])
    .where("c.action_plan_id", "=", plan.id)
    .where("c.project_id", "=", ctx.access.projectId)
    .orderBy("c.created_at")
    .orderBy("c.id")
    .execute();
  const resolver = actsForPartner(ctx.access, plan.partner_id);
  const shaped = rows.map(({ deletedAt, ...c }) => {
    const { deleted, edited, ...can } = commentState(ctx, { ...c, deletedAt });
    return {
      ...c,
      // A deleted comment keeps its place in the thread, without its words.
      body: deleted ? "" : c.body,
      deleted,
      edited,
      resolved: c.resolvedAt !== null,
      can: { ...can, resolve: resolver && c.parentId === null && !deleted },
    };
  });
  return threads(
    shaped,
    (c, replies) => ({ ...c, sectionLabel: SECTION_LABELS[c.section], replies }),
    (c) =>
      (!input.section || c.section === input.section) &&
      (!input.actionId || c.actionId === input.actionId),
  );
}

/** A comment on a plan the caller may read; otherwise NOT_FOUND. */
async function loadComment(ctx: ProjectCtx, commentId: string) {
  const c = await ctx.db
    .selectFrom("action_plans")
    .where(visibleActionPlans(ctx))
    .innerJoin("action_plan_comments as c", "c.action_plan_id", "action_plans.id")
    .where("c.id", "=", commentId)
    .select([
      "c.id",
      "c.parent_id",
      "c.author_id",
      "c.section",
      "c.action_id",
      "c.deleted_at",
      "c.resolved_at",
      "action_plans.id as plan_id",
      "action_plans.partner_id",
      "action_plans.status",
      "action_plans.title as plan_title",
    ])
    .executeTakeFirst();
  if (!c) throw notFound("Comment");
  return c;
}

const audit = (
  ctx: ProjectCtx,
  db: Db,
  id: string,
  action: string,
  summary: string,
  data: Record<string, unknown>,
) =>
  auditChange(db, ctx, {
    entity: "action_plan_comment",
    entityId: id,
    action,
    summary,
    data,
  });

/** A reply joins the thread (and section) of the comment that started it. */
export async function addComment(
  ctx: ProjectCtx,
  input: {
    actionPlanId: string;
    section: ActionPlanSection;
    actionId: string | null;
    parentId: string | null;
    body: string;
  },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  assertCanCommentOnPlan(ctx, plan);
  let place = { section: input.section, actionId: input.actionId, parentId: null as string | null };
  if (input.parentId) {
    const parent = await ctx.db
      .selectFrom("action_plan_comments")
      .select(["id", "parent_id", "section", "action_id", "deleted_at"])
      .where("id", "=", input.parentId)
      .where("action_plan_id", "=", plan.id)
      .executeTakeFirst();
    if (!parent || parent.deleted_at)
      throw invalid("Some fields need attention", {
        parentId: ["Reply to a comment on this action plan that is still there"],
      });
    place = {
      section: parent.section,
      actionId: parent.action_id,
      parentId: parent.parent_id ?? parent.id,
    };
  } else if (input.actionId) {
    const action = await ctx.db
      .selectFrom("actions")
      .select("id")
      .where("id", "=", input.actionId)
      .where("action_plan_id", "=", plan.id)
      .executeTakeFirst();
    if (!action)
      throw invalid("Some fields need attention", {
        actionId: ["Choose an action of this action plan"],
      });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("action_plan_comments")
      .values({
        project_id: ctx.access.projectId,
        action_plan_id: plan.id,
        section: place.section,
        action_id: place.section === "action" ? place.actionId : null,
        parent_id: place.parentId,
        author_id: ctx.actor.userId,
        body: input.body,
      })
      .returning(["id", "version", "section", "parent_id as parentId"])
      .executeTakeFirstOrThrow();
    await audit(
      ctx,
      trx,
      row.id,
      "create",
      `Commented on ${plan.title} (${SECTION_LABELS[place.section]})`,
      {
        actionPlanId: plan.id,
        section: place.section,
        actionId: place.actionId,
      },
    );
    return row;
  });
}

export async function editComment(
  ctx: ProjectCtx,
  input: { commentId: string; version: number; body: string },
) {
  const c = await loadComment(ctx, input.commentId);
  if (c.deleted_at) throw notFound("Comment");
  if (c.author_id !== ctx.actor.userId) throw forbidden("Only the author can edit a comment");
  assertCanCommentOnPlan(ctx, c);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "action_plan_comments",
      { id: c.id, version: input.version, live: true, label: "This comment" },
      { body: input.body, edited_at: new Date(), updated_at: new Date() },
      ["id", "version"],
    );
    await audit(ctx, trx, c.id, "update", `Edited a comment on ${c.plan_title}`, {
      actionPlanId: c.plan_id,
    });
    return row;
  });
}

/** The words go from view; the comment keeps its place so replies stay in their thread. */
export async function deleteComment(
  ctx: ProjectCtx,
  input: { commentId: string; version: number },
) {
  const c = await loadComment(ctx, input.commentId);
  if (c.deleted_at) throw notFound("Comment");
  const own = c.author_id === ctx.actor.userId;
  if (!own && !ctx.access.isLead)
    throw forbidden("Only the author or a lead coordinator can delete a comment");
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "action_plan_comments",
      { id: c.id, version: input.version, live: true, label: "This comment" },
      { deleted_at: new Date(), updated_at: new Date() },
      ["id", "version"],
    );
    await audit(ctx, trx, c.id, "delete", `Deleted a comment on ${c.plan_title}`, {
      actionPlanId: c.plan_id,
      byAuthor: own,
    });
    return row;
  });
}

/** Marks a thread as dealt with (or open again): the owning partner's editors and leads. */
export async function setResolved(
  ctx: ProjectCtx,
  input: { commentId: string; version: number },
  resolved: boolean,
) {
  const c = await loadComment(ctx, input.commentId);
  if (c.deleted_at) throw notFound("Comment");
  if (!actsForPartner(ctx.access, c.partner_id))
    throw forbidden(
      "Only the owning partner's editors and lead coordinators resolve comments on this plan",
    );
  if (c.parent_id)
    throw invalid("Some fields need attention", {
      commentId: ["Resolve the thread's first comment; replies follow it"],
    });
  if ((c.resolved_at !== null) === resolved)
    throw conflict(resolved ? "This thread is already resolved" : "This thread is already open");
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "action_plan_comments",
      { id: c.id, version: input.version, live: true, label: "This comment" },
      {
        resolved_at: resolved ? new Date() : null,
        resolved_by: resolved ? ctx.actor.userId : null,
        updated_at: new Date(),
      },
      ["id", "version", "resolved_at as resolvedAt"],
    );
    await audit(
      ctx,
      trx,
      c.id,
      resolved ? "resolve" : "unresolve",
      `${resolved ? "Resolved" : "Reopened"} a comment thread on ${c.plan_title}`,
      { actionPlanId: c.plan_id },
    );
    return row;
  });
}
