import type { ActionProgressValue, ActionStatus } from "@consortia/db";
import { recordAudit } from "../audit";
import { attachDocuments, detachDocument, listAttachments } from "../documents";
import { conflict, notFound, staleVersion } from "../errors";
import {
  actionsQuery,
  assertCanEditPartnerRecord,
  loadAction,
  plansQuery,
  setStatusFromMonitoring,
} from "../policy";
import { isoDay } from "../shared/calendar";
import { isUniqueViolation } from "../shared/db-errors";
import { projectSchedule, startedPeriod } from "../shared/project-calendar";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { PROGRESS_LABELS } from "./monitoring-schemas";
import { loadProgress } from "./progress-queries";

/**
 * Monitoring: per action of an action plan and per reporting period (core and follow-up
 * phase alike), how far the action has come. It follows the approved plan, so entries are
 * written only once the plan is final, by the owning partner's editors and lead coordinators,
 * for periods that have begun. The action's own status follows its latest monitored period.
 */

/** The action's status that a period's progress means. */
const STATUS_OF_PROGRESS: Record<ActionProgressValue, ActionStatus> = {
  not_started: "planned",
  on_track: "in_progress",
  delayed: "in_progress",
  completed: "completed",
};

const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  planned: "planned",
  in_progress: "in progress",
  completed: "completed",
  cancelled: "cancelled",
};

const notFinal = (status: string) =>
  conflict(
    `Monitoring follows the approved action plan; this plan is ${status === "in_review" ? "in review" : "a draft"}. Progress can be recorded once it is final.`,
  );

/** The grid of a plan the caller can see: every action × every reporting period. */
export async function monitoringByPlan(
  ctx: ProjectCtx,
  input: { actionPlanId: string },
  now: Date,
) {
  const plan = await plansQuery(ctx)
    .select([
      "action_plans.id",
      "action_plans.title",
      "action_plans.status",
      "action_plans.partner_id as partnerId",
      "partner.short_name as partnerName",
    ])
    .where("action_plans.id", "=", input.actionPlanId)
    .executeTakeFirst();
  if (!plan) throw notFound("Action plan");
  const [schedule, actions, entries] = await Promise.all([
    projectSchedule(ctx.db, ctx.access.projectId, now),
    actionsQuery(ctx)
      .select(["actions.id", "actions.position", "actions.title", "actions.status"])
      .where("actions.action_plan_id", "=", plan.id)
      .orderBy("actions.position")
      .orderBy("actions.id")
      .execute(),
    ctx.db
      .selectFrom("action_progress as p")
      .innerJoin("actions", "actions.id", "p.action_id")
      .leftJoin("users", "users.id", "p.updated_by")
      .select([
        "p.id",
        "p.action_id as actionId",
        "p.period_number as periodNumber",
        "p.progress",
        "p.percent",
        "p.comment",
        "p.updated_by as updatedById",
        "users.name as updatedByName",
        "p.updated_at as updatedAt",
        "p.version",
      ])
      .where("p.project_id", "=", ctx.access.projectId)
      .where("actions.action_plan_id", "=", plan.id)
      .execute(),
  ]);
  const evidence = await listAttachments(
    ctx,
    "action_progress",
    entries.map((e) => e.id),
  );
  // The owning partner's editors and the lead coordinators record progress of a final plan.
  const edit = actsForPartner(ctx.access, plan.partnerId) && plan.status === "final";
  return {
    plan,
    periods: schedule.periods.map((p) => ({
      number: p.number,
      start: p.start,
      end: p.end,
      phase: p.phase,
      /** Progress is recorded only for periods that have begun. */
      started: p.start <= isoDay(now),
    })),
    actions: actions.map((a) => ({
      ...a,
      cells: schedule.periods.map((period) => {
        const e = entries.find((x) => x.actionId === a.id && x.periodNumber === period.number);
        if (!e) return { periodNumber: period.number, entry: null };
        const { actionId: _a, periodNumber: _p, updatedById, updatedByName, ...rest } = e;
        return {
          periodNumber: period.number,
          entry: {
            ...rest,
            progressLabel: PROGRESS_LABELS[e.progress],
            evidenceCount: evidence[e.id]?.length ?? 0,
            updatedBy: updatedById ? { id: updatedById, name: updatedByName ?? "" } : null,
          },
        };
      }),
    })),
    can: { edit },
  };
}

export type MonitoringInput = {
  actionId: string;
  periodNumber: number;
  progress: ActionProgressValue;
  percent: number;
  comment: string;
  version?: number | undefined;
};

/**
 * Records (or corrects) one action's progress in one period. The period's first entry is
 * made without a version; every later save names the version it was based on. Only a period
 * that has begun takes progress. The action's status then follows the progress of its latest
 * monitored period (not started → planned, on track or delayed → in progress, completed →
 * completed; a cancelled action stays cancelled).
 */
export async function upsertProgress(ctx: ProjectCtx, input: MonitoringInput, now: Date) {
  const { action, plan } = await loadAction(ctx, input.actionId);
  assertCanEditPartnerRecord(ctx, plan.partner_id, "this action plan's monitoring");
  if (plan.status !== "final") throw notFinal(plan.status);
  await startedPeriod(ctx, input.periodNumber, now);
  const values = {
    progress: input.progress,
    percent: input.percent,
    comment: input.comment,
    updated_by: ctx.actor.userId,
  };
  const label = `${PROGRESS_LABELS[input.progress].toLowerCase()} (${input.percent}%)`;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      // One save per action at a time: the status follows the latest period's entry.
      await trx
        .selectFrom("actions")
        .select("id")
        .where("id", "=", action.id)
        .forUpdate()
        .executeTakeFirst();
      const existing = await trx
        .selectFrom("action_progress")
        .select(["id", "version"])
        .where("action_id", "=", action.id)
        .where("period_number", "=", input.periodNumber)
        .executeTakeFirst();
      if (existing ? existing.version !== input.version : input.version !== undefined)
        throw staleVersion("This progress entry");
      const row = existing
        ? await trx
            .updateTable("action_progress")
            .set((eb) => ({ ...values, updated_at: new Date(), version: eb("version", "+", 1) }))
            .where("id", "=", existing.id)
            .where("version", "=", existing.version)
            .returning(["id", "version", "progress", "percent", "period_number as periodNumber"])
            .executeTakeFirst()
        : await trx
            .insertInto("action_progress")
            .values({
              ...values,
              project_id: ctx.access.projectId,
              action_id: action.id,
              period_number: input.periodNumber,
              created_by: ctx.actor.userId,
            })
            .returning(["id", "version", "progress", "percent", "period_number as periodNumber"])
            .executeTakeFirst();
      if (!row) throw staleVersion("This progress entry");
      const latest = await trx
        .selectFrom("action_progress")
        .select("progress")
        .where("action_id", "=", action.id)
        .orderBy("period_number", "desc")
        .limit(1)
        .executeTakeFirstOrThrow();
      const statusChanged = await setStatusFromMonitoring(
        trx,
        action.id,
        STATUS_OF_PROGRESS[latest.progress],
      );
      await recordAudit(trx, {
        projectId: ctx.access.projectId,
        actorId: ctx.actor.userId,
        entity: "action_progress",
        entityId: row.id,
        action: existing ? "update" : "record",
        summary: `Progress of ${action.title} in period ${input.periodNumber}: ${label}${
          statusChanged ? `; the action is now ${ACTION_STATUS_WORDS[statusChanged]}` : ""
        }`,
        data: {
          actionId: action.id,
          periodNumber: input.periodNumber,
          progress: input.progress,
          percent: input.percent,
          ...(statusChanged ? { actionStatus: statusChanged } : {}),
        },
      });
      const current = await trx
        .selectFrom("actions")
        .select("status")
        .where("id", "=", action.id)
        .executeTakeFirstOrThrow();
      return { ...row, actionStatus: current.status };
    });
  } catch (err) {
    // Two first entries for the same period at once: the second is based on nothing current.
    if (isUniqueViolation(err)) throw staleVersion("This progress entry");
    throw err;
  }
}

/** A progress entry whose evidence the caller may change. */
async function editableProgress(ctx: ProjectCtx, progressId: string) {
  const p = await loadProgress(ctx, progressId);
  assertCanEditPartnerRecord(ctx, p.plan.partner_id, "this action plan's monitoring");
  if (p.plan.status !== "final") throw notFinal(p.plan.status);
  return p;
}

export async function attachProgressEvidence(
  ctx: ProjectCtx,
  input: { progressId: string; documentIds: string[] },
) {
  const p = await editableProgress(ctx, input.progressId);
  return attachDocuments(ctx, {
    entity: "action_progress",
    entityId: p.id,
    documentIds: input.documentIds,
  });
}

export async function detachProgressEvidence(
  ctx: ProjectCtx,
  input: { progressId: string; documentId: string },
) {
  const p = await editableProgress(ctx, input.progressId);
  return detachDocument(ctx, {
    entity: "action_progress",
    entityId: p.id,
    documentId: input.documentId,
  });
}

/** The evidence documents of a progress entry, as the caller may see them. */
export async function progressEvidence(ctx: ProjectCtx, input: { progressId: string }) {
  const p = await loadProgress(ctx, input.progressId);
  const docs = await listAttachments(ctx, "action_progress", [p.id]);
  return docs[p.id] ?? [];
}
