import type { ContributionStatus, ReportContribution } from "@consortia/db";
import { conflict, forbidden, notFound, staleVersion } from "../errors";
import { assertPeriodOpen, startedPeriod } from "../shared/project-calendar";
import { actsForPartner, isObserver } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, orStale, updateOrInsert } from "../shared/versioned";
import { canReadContribution, contributionCan, contributionScope } from "./contribution-access";
import { partnerRecords } from "./records";

export type ContributionRef = { partnerId: string; periodNumber: number };
export type NarrativeInput = {
  activities: string;
  stakeholderInvolvement: string;
  communication: string;
  difficultiesDeviations: string;
};

/** A contribution as the API returns it. */
export function shape(c: ReportContribution) {
  return {
    id: c.id,
    partnerId: c.partner_id,
    periodNumber: c.period_number,
    status: c.status,
    activities: c.activities,
    stakeholderInvolvement: c.stakeholder_involvement,
    communication: c.communication,
    difficultiesDeviations: c.difficulties_deviations,
    returnComment: c.return_comment,
    submittedAt: c.submitted_at,
    submittedBy: c.submitted_by,
    returnedAt: c.returned_at,
    returnedBy: c.returned_by,
    updatedAt: c.updated_at,
    version: c.version,
  };
}
export type Contribution = ReturnType<typeof shape>;

export function findContribution(ctx: ProjectCtx, ref: ContributionRef) {
  return ctx.db
    .selectFrom("report_contributions")
    .selectAll()
    .where("project_id", "=", ctx.access.projectId)
    .where("partner_id", "=", ref.partnerId)
    .where("period_number", "=", ref.periodNumber)
    .executeTakeFirst();
}

/**
 * Who has submitted: every partner of the project with its contribution's status for the
 * period (null: not started). Observers see only whether it was submitted.
 */
export async function listContributions(
  ctx: ProjectCtx,
  input: { periodNumber: number },
  now: Date,
) {
  const period = await startedPeriod(ctx, input.periodNumber, now);
  const rows = await ctx.db
    .selectFrom("partners")
    .leftJoin("report_contributions as c", (j) =>
      j.onRef("c.partner_id", "=", "partners.id").on("c.period_number", "=", period.number),
    )
    .select([
      "partners.id as partnerId",
      "partners.short_name as partnerName",
      "partners.country",
      "partners.role as partnerRole",
      "c.status",
      "c.submitted_at as submittedAt",
      "c.returned_at as returnedAt",
      "c.updated_at as updatedAt",
    ])
    .where("partners.project_id", "=", ctx.access.projectId)
    .orderBy("partners.role")
    .orderBy("partners.short_name")
    .execute();
  const observer = isObserver(ctx.access);
  const partners = rows.map((r) => {
    const status: ContributionStatus | null = r.status ?? null;
    if (!observer || status === "submitted") return { ...r, status };
    return { ...r, status: null, submittedAt: null, returnedAt: null, updatedAt: null };
  });
  return {
    period,
    partners,
    submitted: partners.filter((p) => p.status === "submitted").length,
  };
}

/**
 * A partner's contribution to a period (null when nobody has written it yet; reading creates
 * nothing) and the partner's records of the period, computed live. One the caller may not
 * read answers NOT_FOUND, like one that does not exist.
 */
export async function getContribution(ctx: ProjectCtx, input: ContributionRef, now: Date) {
  const { partner, period } = await contributionScope(ctx, input, now);
  const row = await findContribution(ctx, input);
  if (!canReadContribution(ctx, partner.id, row?.status ?? null)) throw notFound("Contribution");
  return {
    period,
    contribution: row ? shape(row) : null,
    can: contributionCan(ctx, partner.id, row?.status ?? null),
    records: await partnerRecords(ctx, partner.id, period),
  };
}

/**
 * Saves the narrative: the first save creates the contribution (without a version), later
 * ones name the version they were based on. A submitted contribution is frozen until a lead
 * coordinator returns it.
 */
export async function saveContribution(
  ctx: ProjectCtx,
  input: ContributionRef & NarrativeInput & { version?: number | undefined },
  now: Date,
) {
  const { partner } = await contributionScope(ctx, input, now);
  if (!actsForPartner(ctx.access, partner.id))
    throw forbidden("Only the partner's editors and lead coordinators write its contribution");
  const text = {
    activities: input.activities,
    stakeholder_involvement: input.stakeholderInvolvement,
    communication: input.communication,
    difficulties_deviations: input.difficultiesDeviations,
    updated_by: ctx.actor.userId,
  };
  return orStale("This contribution", () =>
    ctx.db.transaction().execute(async (trx) => {
      await assertPeriodOpen(trx, ctx.access.projectId, input.periodNumber, "contributions");
      const existing = await findContribution({ ...ctx, db: trx }, input);
      if (existing ? existing.version !== input.version : input.version !== undefined)
        throw staleVersion("This contribution");
      if (existing?.status === "submitted")
        throw conflict(
          "This contribution is submitted; a lead coordinator must return it before it changes",
        );
      const current = existing && { id: existing.id, version: existing.version };
      const row = await updateOrInsert(trx, "report_contributions", current, "This contribution", {
        set: { ...text, updated_at: new Date() },
        values: {
          ...text,
          project_id: ctx.access.projectId,
          partner_id: partner.id,
          period_number: input.periodNumber,
          created_by: ctx.actor.userId,
        },
      });
      await auditChange(trx, ctx, {
        entity: "report_contribution",
        entityId: row.id,
        action: existing ? "update" : "create",
        summary: `${partner.name}: contribution to period ${row.period_number} ${existing ? "saved" : "started"}`,
        data: { partnerId: partner.id, periodNumber: row.period_number, version: row.version },
      });
      return shape(row);
    }),
  );
}
