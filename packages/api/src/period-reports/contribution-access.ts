import type { ContributionStatus } from "@consortia/db";
import { invalid } from "../errors";
import { startedPeriod } from "../shared/project-calendar";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";

export function canReadContribution(
  ctx: ProjectCtx,
  partnerId: string,
  status: ContributionStatus | null,
): boolean {
  if (ctx.access.isLead || status === "submitted") return true;
  return ctx.access.role !== "observer" && ctx.access.partnerId === partnerId;
}

/**
 * What the caller may do with a partner's contribution, for the pages: the partner's editors
 * and the lead coordinators write and submit it until it is submitted; lead coordinators
 * return a submitted one. The period's lock (a submitted report) is the page's to show.
 */
export function contributionCan(
  ctx: ProjectCtx,
  partnerId: string,
  status: ContributionStatus | null,
) {
  const own = actsForPartner(ctx.access, partnerId);
  return {
    edit: own && status !== "submitted",
    submit: own && (status === "draft" || status === "returned"),
    return: ctx.access.isLead && status === "submitted",
  };
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
