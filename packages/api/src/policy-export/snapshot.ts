import {
  ACTION_INSPIRATION_KINDS,
  ACTION_STATUSES,
  POLICY_INSTRUMENT_TYPES,
  TERRITORIAL_LEVELS,
} from "@consortia/db";
import { z } from "zod";
import { invalid } from "../errors";
import { logger } from "../logger";
import { recommendationTitle, visibleInspirationTitles } from "../policy";
import type { ProjectCtx } from "../shared/service-context";
import { UNAVAILABLE_TITLE } from "./inspirations";
import { findExportablePlan, loadPartnerContext } from "./load";
import type { ActionPlanExportModel } from "./model";

/**
 * The fields of a stored snapshot's content (format 1, written on submission by the policy
 * module) that the export prints. Only these are read; anything else in the JSON is ignored,
 * and content that does not match is refused with a clear error rather than printed half-empty.
 * Project and partner details (contact, region) are not frozen in snapshots; they come live.
 */
const text = z.string();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const snapshotContent = z.looseObject({
  format: z.literal(1),
  instrument: z.looseObject({
    name: text,
    instrumentType: z.enum(POLICY_INSTRUMENT_TYPES),
    managingAuthority: text,
    territorialLevel: z.enum(TERRITORIAL_LEVELS),
    baseline: text,
  }),
  plan: z.looseObject({
    title: text,
    language: text,
    generalInformation: text,
    generalInformationEn: text,
    policyContext: text,
    policyContextEn: text,
    actionsSummaryEn: text,
  }),
  actions: z.array(
    z.looseObject({
      title: text,
      background: text,
      activities: text,
      players: text,
      startDate: isoDate.nullable(),
      endDate: isoDate.nullable(),
      estimatedCostEur: z
        .string()
        .regex(/^\d{1,12}(\.\d{1,2})?$/)
        .nullable(),
      fundingSources: text,
      status: z.enum(ACTION_STATUSES),
      summaryEn: text,
      inspirations: z.array(
        z.looseObject({
          kind: z.enum(ACTION_INSPIRATION_KINDS),
          id: text,
          title: text,
          eventTitle: text.nullish(),
        }),
      ),
    }),
  ),
});

/** Snapshot `number` of a plan the caller may read, as it was submitted or finalised. */
export async function loadSnapshotExport(
  ctx: ProjectCtx,
  planId: string,
  number: number,
  now = new Date(),
): Promise<ActionPlanExportModel> {
  const plan = await findExportablePlan(ctx, planId);
  const row = await ctx.db
    .selectFrom("action_plan_snapshots")
    .select(["number", "transition", "content", "created_at"])
    .where("action_plan_id", "=", plan.id)
    .where("project_id", "=", ctx.access.projectId)
    .where("number", "=", number)
    .executeTakeFirst();
  if (!row)
    throw invalid("Some fields need attention", {
      snapshot: [`This action plan has no snapshot ${number}`],
    });
  const parsed = snapshotContent.safeParse(row.content);
  if (!parsed.success) {
    logger.error(
      { planId, number, issues: parsed.error.issues.slice(0, 5) },
      "action plan snapshot content does not match the export's format",
    );
    throw invalid("This snapshot cannot be exported", {
      snapshot: [
        `Snapshot ${number} is stored in a format the export cannot read. Export the current plan instead.`,
      ],
    });
  }
  const content = parsed.data;
  const context = await loadPartnerContext(ctx, plan);
  const targets = content.actions.flatMap((a) => a.inspirations);
  const visible = await visibleInspirationTitles(ctx, targets);
  return {
    ...context,
    instrument: {
      name: content.instrument.name,
      type: content.instrument.instrumentType,
      managingAuthority: content.instrument.managingAuthority,
      territorialLevel: content.instrument.territorialLevel,
      baseline: content.instrument.baseline,
    },
    plan: {
      title: content.plan.title,
      language: content.plan.language,
      generalInformation: content.plan.generalInformation,
      generalInformationEn: content.plan.generalInformationEn,
      policyContext: content.plan.policyContext,
      policyContextEn: content.plan.policyContextEn,
      actionsSummaryEn: content.plan.actionsSummaryEn,
      // What the plan became by this snapshot's transition.
      status: row.transition === "finalise" ? "final" : "in_review",
      snapshot: { number: row.number, transition: row.transition, createdAt: row.created_at },
      finalisedAt: row.transition === "finalise" ? row.created_at : null,
    },
    actions: content.actions.map((a, i) => ({
      number: i + 1,
      title: a.title,
      background: a.background,
      inspirations: a.inspirations.map((s) => ({
        kind: s.kind,
        // The title as frozen in the snapshot, if the caller may still see the target.
        title: visible.has(s.id)
          ? s.kind === "recommendation"
            ? recommendationTitle(s.title, s.eventTitle)
            : s.title
          : UNAVAILABLE_TITLE,
      })),
      activities: a.activities,
      players: a.players,
      startDate: a.startDate,
      endDate: a.endDate,
      estimatedCostEur: a.estimatedCostEur,
      fundingSources: a.fundingSources,
      status: a.status,
      summaryEn: a.summaryEn,
    })),
    generatedAt: now,
  };
}
