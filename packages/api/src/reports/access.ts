import type { ContributionStatus } from "@consortia/db";
import { invalid } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { projectDates } from "../workplan/checks";
import { isoDay, type ReportingPeriod } from "../workplan/periods";

/**
 * Who does what with a partner's contribution to a period's progress report:
 * - everyone in the project sees who has submitted (the list of partners and their status);
 *   observers see only whether a contribution is submitted;
 * - a contribution in draft or returned is the partner's work in progress: its people and the
 *   lead coordinators read it; once submitted the whole project reads it, observers included;
 * - the partner's editors and the lead coordinators write and submit it; lead coordinators
 *   return a submitted one with a comment.
 */
export function canWriteContribution(ctx: ProjectCtx, partnerId: string): boolean {
  if (ctx.access.isLead) return true;
  return ctx.access.role === "partner_editor" && ctx.access.partnerId === partnerId;
}

export function canReadContribution(
  ctx: ProjectCtx,
  partnerId: string,
  status: ContributionStatus | null,
): boolean {
  if (ctx.access.isLead || status === "submitted") return true;
  return ctx.access.role !== "observer" && ctx.access.partnerId === partnerId;
}

/** A period of the project that has begun by `now`: nobody reports on a period ahead of time. */
export async function startedPeriod(
  ctx: ProjectCtx,
  periodNumber: number,
  now: Date,
): Promise<ReportingPeriod> {
  const { periods } = await projectDates(ctx.db, ctx.access.projectId);
  const period = periods.find((p) => p.number === periodNumber);
  if (!period)
    throw invalid("Choose a reporting period of the project", {
      periodNumber: [
        periods.length
          ? `The project's reporting periods are 1 to ${periods.length}`
          : "The project has no reporting periods",
      ],
    });
  if (period.start > isoDay(now))
    throw invalid("This period has not begun", {
      periodNumber: [`Period ${periodNumber} begins on ${period.start}`],
    });
  return period;
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
