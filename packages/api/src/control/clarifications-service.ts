import type { Control, Db } from "@consortia/db";
import { visibleDocuments } from "../documents";
import { conflict, forbidden, invalid, notFound, staleVersion } from "../errors";
import { notify, triggerDispatch } from "../notifications";
import { isoDay } from "../shared/calendar";
import { partnerEditors } from "../shared/project-partners";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange } from "../shared/versioned";
import { visibleControl, workableControl } from "./access";

export const clarificationsLink = (projectId: string, controlId: string) =>
  `/projects/${projectId}/finance/control/${controlId}/clarifications`;

type Ref = { clarificationId: string; version: number };

async function loadRound(db: Db, projectId: string, id: string) {
  const row = await db
    .selectFrom("control_clarifications")
    .selectAll()
    .where("id", "=", id)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!row) throw notFound("Clarification");
  return row;
}

/** An open round at the version the caller read, of a control still in progress (a finish
 * in between makes the save stale). */
function guardedRound(db: Db, ctx: ProjectCtx, input: Ref) {
  return db
    .updateTable("control_clarifications")
    .where("id", "=", input.clarificationId)
    .where("project_id", "=", ctx.access.projectId)
    .where("version", "=", input.version)
    .where("closed_at", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("controls")
          .select("controls.id")
          .whereRef("controls.id", "=", "control_clarifications.control_id")
          .where("controls.status", "=", "in_control"),
      ),
    );
}

async function closeRound(db: Db, ctx: ProjectCtx, input: Ref) {
  const row = await guardedRound(db, ctx, input)
    .set((eb) => ({ closed_at: new Date(), version: eb("version", "+", 1) }))
    .returning(["id", "version", "closed_at"])
    .executeTakeFirst();
  if (!row) throw staleVersion("This clarification");
  return row;
}

const partnerName = (db: Db, control: Control) =>
  db
    .selectFrom("partners")
    .select("short_name")
    .where("id", "=", control.partner_id)
    .executeTakeFirstOrThrow()
    .then((p) => p.short_name);

/**
 * The partner's controller asks a question (about one item of the report, or the report as a
 * whole), optionally with a date to answer by; the partner's editors are notified. A follow-up
 * closes the answered round it follows.
 */
export async function askClarification(
  ctx: ProjectCtx,
  input: {
    controlId: string;
    question: string;
    itemId: string | null;
    dueOn: string | null;
    followUp: Ref | null;
  },
  now: Date,
) {
  const control = await workableControl(ctx, input.controlId);
  if (input.dueOn && input.dueOn < isoDay(now))
    throw invalid("The date to answer by has passed", {
      dueOn: ["Choose today or a later day"],
    });
  let itemId = input.itemId;
  if (itemId) {
    const item = await ctx.db
      .selectFrom("expenditure_items")
      .select("id")
      .where("id", "=", itemId)
      .where("report_id", "=", control.report_id)
      .executeTakeFirst();
    if (!item)
      throw invalid("That item is not in the report under control", {
        itemId: ["Choose an item of the report under control"],
      });
  }
  if (input.followUp) {
    const earlier = await loadRound(ctx.db, ctx.access.projectId, input.followUp.clarificationId);
    if (earlier.control_id !== control.id)
      throw invalid("A follow-up follows a question of the same control", {
        followUp: ["Choose a question of this control"],
      });
    if (earlier.version !== input.followUp.version) throw staleVersion("This clarification");
    if (earlier.closed_at) throw conflict("That question is already closed");
    itemId = itemId ?? earlier.item_id;
  }
  const projectId = ctx.access.projectId;
  const result = await ctx.db.transaction().execute(async (trx) => {
    if (input.followUp) await closeRound(trx, ctx, input.followUp);
    const row = await trx
      .insertInto("control_clarifications")
      .values({
        control_id: control.id,
        project_id: projectId,
        item_id: itemId,
        question: input.question,
        asked_at: now,
        asked_by: ctx.actor.userId,
        due_on: input.dueOn,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    const partner = await partnerName(trx, control);
    await auditChange(trx, ctx, {
      entity: "control_clarification",
      entityId: row.id,
      action: input.followUp ? "follow_up" : "ask",
      summary: `${partner}, period ${control.period_number}: the controller asked for a clarification${input.dueOn ? ` (by ${input.dueOn})` : ""}`,
      data: {
        controlId: control.id,
        itemId,
        dueOn: input.dueOn,
        followUpOf: input.followUp?.clarificationId ?? null,
      },
    });
    const editors = await partnerEditors(trx, projectId, [control.partner_id]);
    await notify(
      trx,
      editors.map((e) => e.id),
      {
        kind: "changes_requested",
        projectId,
        title: `The controller asks ${partner} for a clarification`,
        body: `${ctx.actor.name} asks about the financial report of period ${control.period_number}:\n\n“${input.question}”${input.dueOn ? `\n\nPlease answer by ${input.dueOn}.` : ""}`,
        link: clarificationsLink(projectId, control.id),
        dedupeKey: `clarification:${row.id}:ask`,
      },
    );
    return row;
  });
  await triggerDispatch(ctx);
  return result;
}

/**
 * The partner's editors answer (again, while the round is open) with a text and documents of
 * their partner's library they may see; the controller who asked is notified. The controller
 * then sees those documents (documents/access.ts lets controllers see clarification documents).
 */
export async function answerClarification(
  ctx: ProjectCtx,
  input: Ref & { answer: string; documentIds: string[] },
  now: Date,
) {
  const round = await loadRound(ctx.db, ctx.access.projectId, input.clarificationId);
  const { control, view } = await visibleControl(ctx, round.control_id);
  if (view !== "partner" || !actsForPartner(ctx.access, control.partner_id))
    throw forbidden("Only the partner's editors answer the controller's questions");
  if (control.status !== "in_control")
    throw forbidden("This control is finished; its clarifications can no longer change");
  if (round.version !== input.version) throw staleVersion("This clarification");
  if (round.closed_at) throw conflict("The controller has closed this question");
  const ids = [...new Set(input.documentIds)];
  const found = ids.length
    ? await ctx.db
        .selectFrom("documents")
        .select("documents.id")
        .where(visibleDocuments(ctx.access))
        .where("documents.deleted_at", "is", null)
        .where("documents.owner_partner_id", "=", control.partner_id)
        .where("documents.id", "in", ids)
        .execute()
    : [];
  if (found.length !== ids.length)
    throw invalid("Attach documents of the partner's own library", {
      documentIds: ["One of the documents is not in the partner's library (or was deleted)"],
    });
  const projectId = ctx.access.projectId;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const row = await guardedRound(trx, ctx, input)
      .set((eb) => ({
        answer: input.answer,
        answered_at: now,
        answered_by: ctx.actor.userId,
        version: eb("version", "+", 1),
      }))
      .returning(["id", "version", "answered_at"])
      .executeTakeFirst();
    if (!row) throw staleVersion("This clarification");
    await trx
      .deleteFrom("clarification_documents")
      .where("clarification_id", "=", row.id)
      .execute();
    if (ids.length)
      await trx
        .insertInto("clarification_documents")
        .values(ids.map((document_id) => ({ clarification_id: row.id, document_id })))
        .execute();
    const partner = await partnerName(trx, control);
    await auditChange(trx, ctx, {
      entity: "control_clarification",
      entityId: row.id,
      action: "answer",
      summary: `${partner}, period ${control.period_number}: clarification answered${ids.length ? ` with ${ids.length} document${ids.length === 1 ? "" : "s"}` : ""}`,
      data: { controlId: control.id, documentIds: ids },
    });
    if (round.asked_by && round.asked_by !== ctx.actor.userId)
      await notify(trx, [round.asked_by], {
        kind: "submitted",
        projectId,
        title: `${partner} answered your question`,
        body: `${ctx.actor.name} answered your question about the financial report of period ${control.period_number}:\n\n“${input.answer}”`,
        link: clarificationsLink(projectId, control.id),
        dedupeKey: `clarification:${row.id}:answer:${row.version}`,
      });
    return row;
  });
  await triggerDispatch(ctx);
  return result;
}

/** The controller closes a round (answered or not): it is kept, and no longer answered. */
export async function closeClarification(ctx: ProjectCtx, input: Ref) {
  const round = await loadRound(ctx.db, ctx.access.projectId, input.clarificationId);
  const control = await workableControl(ctx, round.control_id);
  if (round.version !== input.version) throw staleVersion("This clarification");
  if (round.closed_at) throw conflict("This question is already closed");
  return ctx.db.transaction().execute(async (trx) => {
    const row = await closeRound(trx, ctx, input);
    await auditChange(trx, ctx, {
      entity: "control_clarification",
      entityId: row.id,
      action: "close",
      summary: `${await partnerName(trx, control)}, period ${control.period_number}: clarification closed`,
      data: { controlId: control.id, answered: round.answered_at !== null },
    });
    return row;
  });
}
