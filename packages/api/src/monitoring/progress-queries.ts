import { notFound } from "../errors";
import { loadAction } from "../policy";
import type { ProjectCtx } from "../shared/service-context";

/** A progress entry of an action the caller can see. */
export async function loadProgress(ctx: ProjectCtx, progressId: string) {
  const p = await ctx.db
    .selectFrom("action_progress")
    .select(["id", "action_id", "period_number", "version"])
    .where("id", "=", progressId)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!p) throw notFound("Progress entry");
  const { action, plan } = await loadAction(ctx, p.action_id).catch(() => {
    throw notFound("Progress entry");
  });
  return { ...p, action, plan };
}
