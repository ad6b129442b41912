import type { ContributionStatus } from "@consortia/db";
import { invalid } from "../errors";
import { startedPeriod } from "../shared/project-calendar";
import type { ProjectCtx } from "../shared/service-context";

export function canReadContribution(
  ctx: ProjectCtx,
  partnerId: string,
  status: ContributionStatus | null,
): boolean {
  if (ctx.access.isLead || status === "submitted") return true;
  return ctx.access.role !== "observer" && ctx.access.partnerId === partnerId;
}

/** The partner and the period of a contribution, both checked as fields. */
export async function contributionScope(
  ctx: ProjectCtx,
  input: { partnerId: string; periodNumber: number },
  now: Date,
) {
  const partner = await ctx.db
    .selectFrom("partners")
    .select(["id", "short_name as name"])
    .where("id", "=", input.partnerId)
    .where("project_id", "=", ctx.access.projectId)
    .executeTakeFirst();
  if (!partner)
    throw invalid("Unknown partner", { partnerId: ["This partner is not part of the project"] });
  const period = await startedPeriod(ctx, input.periodNumber, now);
  return { partner, period };
}
