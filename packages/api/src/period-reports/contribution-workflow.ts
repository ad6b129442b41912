import type { ContributionStatus, ReportContributionTable } from "@consortia/db";
import type { Updateable } from "kysely";
import { conflict, forbidden, invalid, notFound, staleVersion } from "../errors";
import { assertPeriodOpen } from "../shared/project-calendar";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { contributionScope } from "./contribution-access";
import { type ContributionRef, findContribution, shape } from "./contributions";

type Versioned = ContributionRef & { version: number };

/** Loads the contribution to change, checking who may change it and the version. */
async function loadForChange(ctx: ProjectCtx, input: Versioned, now: Date) {
  const { partner } = await contributionScope(ctx, input, now);
  const row = await findContribution(ctx, input);
  if (!row) throw notFound("Contribution");
  if (row.version !== input.version) throw staleVersion("This contribution");
  return { partner, row };
}

/**
 * One step of a contribution's workflow, in the period's lock: from one of `from` to `to` over
 * the version read, stamped by the caller at `now`, and recorded for the partner and period.
 */
async function step(
  ctx: ProjectCtx,
  loaded: Awaited<ReturnType<typeof loadForChange>>,
  now: Date,
  change: {
    from: ContributionStatus[];
    to: ContributionStatus;
    set: Updateable<ReportContributionTable>;
    action: string;
    summary: string;
    data: Record<string, unknown>;
  },
) {
  const { partner, row } = loaded;
  return ctx.db.transaction().execute(async (trx) => {
    await assertPeriodOpen(trx, ctx.access.projectId, row.period_number, "contributions");
    const updated = await updateVersioned(
      trx,
      "report_contributions",
      { id: row.id, version: row.version, status: change.from, label: "This contribution" },
      { ...change.set, status: change.to, updated_by: ctx.actor.userId, updated_at: now },
    );
    await auditChange(trx, ctx, {
      entity: "report_contribution",
      entityId: row.id,
      action: change.action,
      summary: `${partner.name}: contribution to period ${row.period_number} ${change.summary}`,
      data: { partnerId: partner.id, periodNumber: row.period_number, ...change.data },
    });
    return shape(updated);
  });
}

/** The partner's editors or a lead coordinator hand in a draft or returned contribution. */
export async function submitContribution(ctx: ProjectCtx, input: Versioned, now: Date) {
  const loaded = await loadForChange(ctx, input, now);
  const { partner, row } = loaded;
  if (!actsForPartner(ctx.access, partner.id))
    throw forbidden("Only the partner's editors and lead coordinators submit its contribution");
  if (row.status === "submitted") throw conflict("This contribution is already submitted");
  if (!row.activities.trim())
    throw invalid("Some fields need attention", {
      activities: ["Describe the activities of the period before submitting"],
    });
  return step(ctx, loaded, now, {
    from: ["draft", "returned"],
    to: "submitted",
    set: { submitted_at: now, submitted_by: ctx.actor.userId },
    action: "submit",
    summary: "submitted",
    data: { from: row.status },
  });
}

/** A lead coordinator sends a submitted contribution back to the partner with a comment. */
export async function returnContribution(
  ctx: ProjectCtx,
  input: Versioned & { comment: string },
  now: Date,
) {
  const comment = input.comment.trim();
  if (!comment)
    throw invalid("Some fields need attention", {
      comment: ["Say what the partner should change"],
    });
  const loaded = await loadForChange(ctx, input, now);
  if (!ctx.access.isLead) throw forbidden("Only lead coordinators return a contribution");
  if (loaded.row.status !== "submitted")
    throw conflict("Only a submitted contribution can be returned");
  return step(ctx, loaded, now, {
    from: ["submitted"],
    to: "returned",
    set: { return_comment: comment, returned_at: now, returned_by: ctx.actor.userId },
    action: "return",
    summary: `returned — ${comment}`,
    data: { comment },
  });
}
