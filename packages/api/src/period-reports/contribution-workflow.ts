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

/** The partner's editors or a lead coordinator hand in a draft or returned contribution. */
export async function submitContribution(ctx: ProjectCtx, input: Versioned, now: Date) {
  const { partner, row } = await loadForChange(ctx, input, now);
  if (!actsForPartner(ctx.access, partner.id))
    throw forbidden("Only the partner's editors and lead coordinators submit its contribution");
  if (row.status === "submitted") throw conflict("This contribution is already submitted");
  if (!row.activities.trim())
    throw invalid("Some fields need attention", {
      activities: ["Describe the activities of the period before submitting"],
    });
  return ctx.db.transaction().execute(async (trx) => {
    await assertPeriodOpen(trx, ctx.access.projectId, input.periodNumber, "contributions");
    const updated = await updateVersioned(
      trx,
      "report_contributions",
      {
        id: row.id,
        version: row.version,
        status: ["draft", "returned"],
        label: "This contribution",
      },
      {
        status: "submitted",
        submitted_at: now,
        submitted_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
        updated_at: now,
      },
    );
    await auditChange(trx, ctx, {
      entity: "report_contribution",
      entityId: row.id,
      action: "submit",
      summary: `${partner.name}: contribution to period ${row.period_number} submitted`,
      data: { partnerId: partner.id, periodNumber: row.period_number, from: row.status },
    });
    return shape(updated);
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
  const { partner, row } = await loadForChange(ctx, input, now);
  if (!ctx.access.isLead) throw forbidden("Only lead coordinators return a contribution");
  if (row.status !== "submitted") throw conflict("Only a submitted contribution can be returned");
  return ctx.db.transaction().execute(async (trx) => {
    await assertPeriodOpen(trx, ctx.access.projectId, input.periodNumber, "contributions");
    const updated = await updateVersioned(
      trx,
      "report_contributions",
      { id: row.id, version: row.version, status: ["submitted"], label: "This contribution" },
      {
        status: "returned",
        return_comment: comment,
        returned_at: now,
        returned_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
        updated_at: now,
      },
    );
    await auditChange(trx, ctx, {
      entity: "report_contribution",
      entityId: row.id,
      action: "return",
      summary: `${partner.name}: contribution to period ${row.period_number} returned — ${comment}`,
      data: { partnerId: partner.id, periodNumber: row.period_number, comment },
    });
    return shape(updated);
  });
}
