import { visibleDocuments } from "../documents";
import { isoDay } from "../shared/calendar";
import { actsForPartner } from "../shared/roles";
import type { ProjectCtx } from "../shared/service-context";
import { visibleControl } from "./access";
import type { ClarificationStatus } from "./clarifications-schemas";

type Dated = { answered_at: Date | null; closed_at: Date | null };

export const statusOf = (r: Dated): ClarificationStatus =>
  r.closed_at ? "closed" : r.answered_at ? "answered" : "awaiting_answer";

/**
 * The clarification rounds of a control. The controller and the partner's people see every
 * round in full (questions, answers, documents, dates); lead coordinators, admins and observers
 * (the `totals` view) see how many rounds there are in each status, nothing of their content.
 */
export async function listClarifications(ctx: ProjectCtx, input: { controlId: string }, now: Date) {
  const { control, view } = await visibleControl(ctx, input.controlId);
  const today = isoDay(now);
  const rows = await ctx.db
    .selectFrom("control_clarifications as c")
    .leftJoin("expenditure_items as i", "i.id", "c.item_id")
    .leftJoin("users as asker", "asker.id", "c.asked_by")
    .leftJoin("users as answerer", "answerer.id", "c.answered_by")
    .select([
      "c.id",
      "c.question",
      "c.item_id",
      "i.description as itemDescription",
      "i.position as itemPosition",
      "c.asked_at",
      "asker.name as askedBy",
      "c.due_on",
      "c.answer",
      "c.answered_at",
      "answerer.name as answeredBy",
      "c.closed_at",
      "c.version",
    ])
    .where("c.control_id", "=", control.id)
    .where("c.project_id", "=", ctx.access.projectId)
    .orderBy("c.asked_at")
    .orderBy("c.id")
    .execute();
  const overdue = (r: (typeof rows)[number]) =>
    statusOf(r) === "awaiting_answer" && r.due_on !== null && r.due_on < today;
  const summary = {
    total: rows.length,
    awaitingAnswer: rows.filter((r) => statusOf(r) === "awaiting_answer").length,
    answered: rows.filter((r) => statusOf(r) === "answered").length,
    closed: rows.filter((r) => statusOf(r) === "closed").length,
    overdue: rows.filter(overdue).length,
  };
  const open = control.status === "in_control";
  const base = {
    controlId: control.id,
    partnerId: control.partner_id,
    periodNumber: control.period_number,
    status: control.status,
    view,
    summary,
  };
  if (view === "totals")
    return { ...base, rounds: null, items: [], library: [], can: { ask: false, answer: false } };

  const docs = rows.length
    ? await ctx.db
        .selectFrom("clarification_documents as cd")
        .innerJoin("documents", "documents.id", "cd.document_id")
        .select([
          "cd.clarification_id",
          "documents.id",
          "documents.title",
          "documents.file_name as fileName",
        ])
        .where(visibleDocuments(ctx.access))
        .where("documents.deleted_at", "is", null)
        .where(
          "cd.clarification_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("documents.title")
        .execute()
    : [];
  const canAsk = open && view === "controller";
  const canAnswer = open && view === "partner" && actsForPartner(ctx.access, control.partner_id);
  return {
    ...base,
    rounds: rows.map((r) => ({
      id: r.id,
      question: r.question,
      item: r.item_id
        ? { id: r.item_id, description: r.itemDescription ?? "", number: (r.itemPosition ?? 0) + 1 }
        : null,
      askedAt: r.asked_at,
      askedBy: r.askedBy,
      dueOn: r.due_on,
      overdue: overdue(r),
      answer: r.answer,
      answeredAt: r.answered_at,
      answeredBy: r.answeredBy,
      closedAt: r.closed_at,
      status: statusOf(r),
      version: r.version,
      documents: docs
        .filter((d) => d.clarification_id === r.id)
        .map((d) => ({ id: d.id, title: d.title, fileName: d.fileName })),
    })),
    // What the forms offer: the report's items to ask about, the partner's library to attach.
    items: canAsk
      ? await ctx.db
          .selectFrom("expenditure_items")
          .select(["id", "position", "description"])
          .where("report_id", "=", control.report_id)
          .orderBy("position")
          .execute()
          .then((items) =>
            items.map((i) => ({ id: i.id, number: i.position + 1, description: i.description })),
          )
      : [],
    library: canAnswer
      ? await ctx.db
          .selectFrom("documents")
          .select(["documents.id", "documents.title", "documents.file_name as fileName"])
          .where(visibleDocuments(ctx.access))
          .where("documents.deleted_at", "is", null)
          .where("documents.owner_partner_id", "=", control.partner_id)
          .orderBy("documents.updated_at", "desc")
          .limit(500)
          .execute()
      : [],
    can: { ask: canAsk, answer: canAnswer },
  };
}
