import type { Db, Deliverable } from "@consortia/db";
import { sql } from "kysely";
import { attachDocuments } from "../documents";
import { conflict, forbidden, invalid, staleVersion } from "../errors";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import {
  deliverableRef,
  emitDeliverableEvent,
  type NotificationKind,
  withDispatch,
} from "./deliverable-events";
import { loadDeliverable } from "./deliverable-queries";
import {
  describeTransition,
  refusal,
  TRANSITIONS,
  type Transition,
} from "./deliverable-transitions";

export type TransitionInput = { deliverableId: string; version: number; note: string };
export type SubmitInput = TransitionInput & {
  documentIds: string[];
  achievedValue: number | null;
};

const KIND: Record<Transition, NotificationKind> = {
  start: "deliverable_started",
  submit: "deliverable_submitted",
  request_changes: "deliverable_changes_requested",
  approve: "deliverable_approved",
};

/** Who may, whether the copy is current, whether the state allows: in that order. */
async function precheck(ctx: ProjectCtx, t: Transition, input: TransitionInput) {
  const d = await loadDeliverable(ctx, ctx.db, input.deliverableId);
  const rule = TRANSITIONS[t];
  if (rule.by === "lead" && !ctx.access.isLead)
    throw forbidden("Only lead coordinators review deliverables");
  if (rule.by === "responsible" && !actsForPartner(ctx.access, d.responsible_partner_id))
    throw forbidden("Only the responsible partner's editors and lead coordinators can do this");
  if (d.version !== input.version) throw staleVersion("This deliverable");
  const why = refusal(d.code, d.status, t);
  if (why) throw conflict(why);
  return d;
}

/**
 * Moves a deliverable on, in one transaction: the status (only from the states the rule
 * allows, only from the version the caller saw), the history row, the audit entry and the
 * notification event.
 */
async function apply(
  ctx: ProjectCtx,
  d: Deliverable,
  t: Transition,
  input: TransitionInput & { documentIds?: string[]; achievedValue?: number | null },
  /** More work for the same transaction (a submission's attachments). */
  also?: (trx: Db) => Promise<unknown>,
) {
  const rule = TRANSITIONS[t];
  return withDispatch(ctx, async (trx) => {
    const row = await trx
      .updateTable("deliverables")
      .set((eb) => ({
        status: rule.to,
        // The same clock as the history row written below, so the two always agree.
        status_changed_at: sql<Date>`now()`,
        updated_at: new Date(),
        version: eb("version", "+", 1),
        ...(input.achievedValue != null ? { achieved_value: input.achievedValue } : {}),
      }))
      .where("id", "=", d.id)
      .where("version", "=", input.version)
      .where("status", "in", rule.from)
      .returning(["id", "code", "status", "version", "achieved_value as achievedValue"])
      .executeTakeFirst();
    if (!row) throw staleVersion("This deliverable");
    if (also) await also(trx);
    await trx
      .insertInto("deliverable_events")
      .values({
        project_id: ctx.access.projectId,
        deliverable_id: d.id,
        transition: t,
        from_status: d.status,
        to_status: rule.to,
        actor_id: ctx.actor.userId,
        note: input.note,
        document_ids: input.documentIds ?? [],
        achieved_value: t === "submit" ? row.achievedValue : null,
      })
      .execute();
    await auditChange(trx, ctx, {
      entity: "deliverable",
      entityId: d.id,
      action: t,
      summary: `${describeTransition(d.code, t)}${input.note ? `: ${input.note}` : ""}`,
      data: { from: d.status, to: rule.to, documentIds: input.documentIds ?? [] },
    });
    await emitDeliverableEvent(trx, {
      kind: KIND[t],
      deliverable: deliverableRef(d),
      actorId: ctx.actor.userId,
      data: { from: d.status, to: rule.to, note: input.note },
    });
    return row;
  });
}

export async function startDeliverable(ctx: ProjectCtx, input: TransitionInput) {
  const d = await precheck(ctx, "start", input);
  return apply(ctx, d, "start", input);
}

/**
 * Submits (or resubmits) with evidence from the library. The documents are attached through
 * the shared attachments service (which checks the caller may see each one and that none is
 * in the trash) inside the transition's transaction: a submission that fails (another save
 * came first, a document was trashed meanwhile) attaches nothing.
 */
export async function submitDeliverable(ctx: ProjectCtx, input: SubmitInput) {
  const d = await precheck(ctx, "submit", input);
  if (d.kind === "deliverable" && input.achievedValue !== null)
    throw invalid("Some fields need attention", {
      achievedValue: ["Only outputs count an achieved value"],
    });
  if (d.kind === "output" && input.achievedValue === null && d.achieved_value === null)
    throw invalid("Some fields need attention", {
      achievedValue: [`Report how much of the target (${d.target_value}) was achieved`],
    });
  const target = { entity: "deliverable" as const, entityId: d.id };
  return apply(ctx, d, "submit", input, (trx) =>
    attachDocuments(ctx, { ...target, documentIds: input.documentIds }, trx),
  );
}

export async function requestChanges(ctx: ProjectCtx, input: TransitionInput) {
  const d = await precheck(ctx, "request_changes", input);
  return apply(ctx, d, "request_changes", input);
}

export async function approveDeliverable(ctx: ProjectCtx, input: TransitionInput) {
  const d = await precheck(ctx, "approve", input);
  return apply(ctx, d, "approve", input);
}
