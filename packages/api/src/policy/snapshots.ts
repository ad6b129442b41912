import { invalid, notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { loadPlan } from "./plan-access";
import { diffPlanContent } from "./plan-diff";
import { type ActionPlanContent, loadActionPlanContent } from "./snapshot-content";

/** The plan's snapshots, each with who made it (the content is selected where it is needed). */
function snapshotsOf(ctx: ProjectCtx, planId: string) {
  return ctx.db
    .selectFrom("action_plan_snapshots as s")
    .leftJoin("users as u", "u.id", "s.created_by")
    .select([
      "s.id",
      "s.number",
      "s.transition",
      "s.note",
      "s.created_at as createdAt",
      "u.name as createdByName",
    ])
    .where("s.action_plan_id", "=", planId)
    .where("s.project_id", "=", ctx.access.projectId);
}

/** Every submission and finalisation of the plan, newest first (without the content). */
export async function listSnapshots(ctx: ProjectCtx, input: { actionPlanId: string }) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  return snapshotsOf(ctx, plan.id).orderBy("s.number", "desc").execute();
}

async function findSnapshot(ctx: ProjectCtx, planId: string, number: number) {
  const row = await snapshotsOf(ctx, planId)
    .select("s.content")
    .where("s.number", "=", number)
    .executeTakeFirst();
  if (!row) return null;
  const { content, ...meta } = row;
  return { ...meta, content: content as ActionPlanContent };
}

async function snapshotFor(ctx: ProjectCtx, planId: string, number: number, field: string) {
  const found = await findSnapshot(ctx, planId, number);
  if (!found)
    throw invalid("Some fields need attention", {
      [field]: [`This action plan has no snapshot ${number}`],
    });
  return found;
}

/** One snapshot with the content as it was submitted or finalised. */
export async function getSnapshot(
  ctx: ProjectCtx,
  input: { actionPlanId: string; number: number },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  const found = await findSnapshot(ctx, plan.id, input.number);
  if (!found) throw notFound("Snapshot");
  return found;
}

/**
 * The difference between two snapshots, or between a snapshot and the plan as it is now
 * (`to` null), section by section and action by action.
 */
export async function diffSnapshots(
  ctx: ProjectCtx,
  input: { actionPlanId: string; from: number; to: number | null },
) {
  const plan = await loadPlan(ctx, input.actionPlanId);
  const from = await snapshotFor(ctx, plan.id, input.from, "from");
  const to =
    input.to === null
      ? {
          number: null,
          transition: null,
          createdAt: null,
          content: await loadActionPlanContent(ctx.db, ctx.access.projectId, plan.id),
        }
      : await snapshotFor(ctx, plan.id, input.to, "to");
  const meta = (s: {
    number: number | null;
    transition: string | null;
    createdAt: Date | null;
  }) => ({
    number: s.number,
    transition: s.transition,
    createdAt: s.createdAt,
  });
  return {
    from: meta(from),
    to: meta(to),
    ...diffPlanContent(from.content, to.content),
  };
}
