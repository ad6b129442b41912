import type { ProjectCtx } from "../shared/service-context";

/**
 * Evidence documents of improvements, whoever attached them and whoever asks: whether an
 * improvement is evidenced does not depend on the reader (documents in the trash do not count).
 */
export async function evidenceCounts(
  ctx: ProjectCtx,
  entity: "policy_improvement" | "action_progress",
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom("attachments")
    .innerJoin("documents", "documents.id", "attachments.document_id")
    .select(["attachments.entity_id as id", (eb) => eb.fn.countAll<string>().as("n")])
    .where("attachments.project_id", "=", ctx.access.projectId)
    .where("attachments.entity", "=", entity)
    .where("attachments.entity_id", "in", [...new Set(ids)])
    .where("documents.deleted_at", "is", null)
    .groupBy("attachments.entity_id")
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
