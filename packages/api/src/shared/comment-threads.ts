import type { ProjectCtx } from "./service-context";

/**
 * What the review comments of action plans and of deliverables share: threads one deep (a
 * reply to a reply joins the thread of the comment that started it), and who may change a
 * comment — its author edits it, its author or a lead coordinator deletes it, never once
 * deleted (a deleted comment keeps its place in the thread, without its words).
 */

/** A comment's state and the caller's rights on it. */
export function commentState(
  ctx: ProjectCtx,
  c: { authorId: string | null; deletedAt: Date | null; editedAt: Date | null },
) {
  const own = c.authorId === ctx.actor.userId;
  const deleted = c.deletedAt !== null;
  return {
    deleted,
    edited: c.editedAt !== null,
    edit: own && !deleted,
    delete: (own || ctx.access.isLead) && !deleted,
  };
}

/** The comments that start a thread (those `keep` accepts), each followed by its replies. */
export function threads<C extends { id: string; parentId: string | null }, T>(
  comments: C[],
  thread: (c: C, replies: C[]) => T,
  keep: (c: C) => boolean = () => true,
): T[] {
  return comments
    .filter((c) => c.parentId === null && keep(c))
    .map((c) =>
      thread(
        c,
        comments.filter((r) => r.parentId === c.id),
      ),
    );
}
