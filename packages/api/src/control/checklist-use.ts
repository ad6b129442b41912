import type { Control, Db } from "@consortia/db";
import { conflict, invalid, staleVersion } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, type ChangeAudit, updateVersioned } from "../shared/versioned";
import { visibleControl, workableControl } from "./access";
import { DEFAULT_CHECKLIST } from "./checklist-default";
import type {
  ChecklistAnswer,
  ChecklistTemplateContent,
  ControlChecklist,
} from "./checklist-schemas";
import { loadTemplate } from "./checklist-templates";

type Ref = { controlId: string; version: number };

const checklistOf = (c: Control) => (c.checklist ?? null) as ControlChecklist | null;

/** The control's checklist as the caller may see it (every view reads it: it is part of the
 * record), with what the caller may do and, for the controller, the templates to choose. */
export async function getChecklist(ctx: ProjectCtx, input: { controlId: string }) {
  const { control, view } = await visibleControl(ctx, input.controlId);
  const checklist = checklistOf(control);
  const open = view === "controller" && control.status === "in_control";
  const completed = control.checklist_completed_at !== null;
  const choices = open
    ? await ctx.db
        .selectFrom("checklist_templates")
        .select(["id", "name"])
        .where("project_id", "=", ctx.access.projectId)
        .where("archived", "=", false)
        .orderBy("name")
        .execute()
    : [];
  return {
    controlId: control.id,
    partnerId: control.partner_id,
    periodNumber: control.period_number,
    status: control.status,
    version: control.version,
    templateId: control.checklist_template_id,
    checklist,
    completedAt: control.checklist_completed_at,
    choices,
    builtInName: DEFAULT_CHECKLIST.name,
    can: {
      choose: open && !completed,
      answer: open && !completed && checklist !== null,
      complete: open && !completed && checklist !== null,
      uncomplete: open && completed,
    },
  };
}

/** The caller's control at the version it read, open and with its checklist in the state the
 * step needs. */
async function forStep(ctx: ProjectCtx, input: Ref, need: "open" | "completed") {
  const control = await workableControl(ctx, input.controlId);
  if (control.version !== input.version) throw staleVersion("This control");
  const completed = control.checklist_completed_at !== null;
  if (need === "open" && completed)
    throw conflict("The checklist is completed; mark it as not completed to change it");
  if (need === "completed" && !completed) throw conflict("The checklist is not completed");
  return control;
}

function save(
  db: Db,
  ctx: ProjectCtx,
  input: Ref,
  set: {
    checklist?: string;
    checklist_template_id?: string | null;
    checklist_completed_at?: Date | null;
  },
  audit: Omit<ChangeAudit, "entity" | "entityId">,
) {
  return db.transaction().execute(async (trx) => {
    // Guarded by the version the controller read and the status: a control finished or changed
    // meanwhile is refused as stale.
    const row = await updateVersioned(
      trx,
      "controls",
      {
        id: input.controlId,
        version: input.version,
        label: "This control",
        status: ["in_control"],
        projectId: ctx.access.projectId,
      },
      { ...set, updated_by: ctx.actor.userId, updated_at: new Date() },
      ["id", "version", "checklist_completed_at"],
    );
    await auditChange(trx, ctx, { entity: "control", entityId: input.controlId, ...audit });
    return { id: row.id, version: row.version, completedAt: row.checklist_completed_at };
  });
}

const itemsOf = (t: ChecklistTemplateContent) =>
  t.sections.flatMap((s) => s.items.map((i) => ({ ...i, heading: s.heading })));

/**
 * The controller chooses a template (or the built-in checklist): a copy is kept with the
 * control, so later changes of the template do not alter it. Answers to items of the same id
 * and kind in the new checklist are kept.
 */
export async function chooseChecklist(ctx: ProjectCtx, input: Ref & { templateId: string | null }) {
  const control = await forStep(ctx, input, "open");
  let template: ChecklistTemplateContent = DEFAULT_CHECKLIST;
  if (input.templateId) {
    const t = await loadTemplate(ctx.db, ctx.access.projectId, input.templateId);
    if (t.archived)
      throw invalid("This checklist template is archived", {
        templateId: ["Choose a template that is not archived"],
      });
    template = { name: t.name, sections: t.sections };
  }
  const before = checklistOf(control);
  const kinds = new Map(itemsOf(template).map((i) => [i.id, i.kind]));
  const beforeKinds = new Map(before ? itemsOf(before.template).map((i) => [i.id, i.kind]) : []);
  const answers = Object.fromEntries(
    Object.entries(before?.answers ?? {}).filter(
      ([id]) => kinds.has(id) && kinds.get(id) === beforeKinds.get(id),
    ),
  );
  const checklist: ControlChecklist = { template, answers };
  return save(
    ctx.db,
    ctx,
    input,
    {
      checklist: JSON.stringify(checklist),
      checklist_template_id: input.templateId,
      checklist_completed_at: null,
    },
    { action: "checklist_choose", summary: `Checklist “${template.name}” chosen for the control` },
  );
}

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/**
 * Saves answers (partial saves allowed): each sent item replaces its answer, an empty one
 * clears it; items not sent keep theirs.
 */
export async function saveAnswers(
  ctx: ProjectCtx,
  input: Ref & { answers: Record<string, ChecklistAnswer> },
) {
  const control = await forStep(ctx, input, "open");
  const checklist = checklistOf(control);
  if (!checklist) throw conflict("Choose a checklist first");
  const kinds = new Map(itemsOf(checklist.template).map((i) => [i.id, i.kind]));
  const answers = { ...checklist.answers };
  for (const [id, a] of Object.entries(input.answers)) {
    const kind = kinds.get(id);
    if (!kind)
      throw invalid("An answer names an item that is not in this checklist", {
        answers: [`“${id}” is not an item of this checklist`],
      });
    const next: ChecklistAnswer =
      kind === "question"
        ? { answer: a.answer, comment: clean(a.comment) }
        : { text: clean(a.text) };
    if (kind === "text" && (a.answer || a.comment))
      throw invalid("A text field takes a text, not an answer", {
        answers: [`“${id}” is a text field`],
      });
    if (kind === "question" && a.text)
      throw invalid("A question takes an answer and a comment, not a text", {
        answers: [`“${id}” is a question`],
      });
    const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
    if (Object.keys(kept).length === 0) delete answers[id];
    else answers[id] = kept;
  }
  return save(
    ctx.db,
    ctx,
    input,
    { checklist: JSON.stringify({ ...checklist, answers }) },
    {
      action: "checklist_answer",
      summary: `Checklist answers saved (${Object.keys(input.answers).length} changed)`,
    },
  );
}

/** The first reason the checklist cannot be completed, naming the item, or null. */
export function missingAnswer(checklist: ControlChecklist) {
  for (const item of itemsOf(checklist.template)) {
    if (item.kind !== "question") continue;
    const a = checklist.answers[item.id];
    const where = `${item.heading}: “${item.text}”`;
    if (!a?.answer) return { id: item.id, message: `Answer this question — ${where}` };
    if (a.answer === "no" && !a.comment?.trim())
      return { id: item.id, message: `Explain the “no” in a comment — ${where}` };
  }
  return null;
}

/** Completing needs every question answered and every “no” explained in a comment. */
export async function completeChecklist(ctx: ProjectCtx, input: Ref) {
  const control = await forStep(ctx, input, "open");
  const checklist = checklistOf(control);
  if (!checklist) throw conflict("Choose a checklist first");
  const missing = missingAnswer(checklist);
  if (missing)
    throw invalid(`The checklist is not complete. ${missing.message}`, {
      [`answers.${missing.id}`]: [missing.message],
    });
  return save(
    ctx.db,
    ctx,
    input,
    { checklist_completed_at: new Date() },
    { action: "checklist_complete", summary: `Checklist “${checklist.template.name}” completed` },
  );
}

/** While the control is open, a completed checklist may be opened again for changes. */
export async function uncompleteChecklist(ctx: ProjectCtx, input: Ref) {
  await forStep(ctx, input, "completed");
  return save(
    ctx.db,
    ctx,
    input,
    { checklist_completed_at: null },
    { action: "checklist_uncomplete", summary: "Checklist marked as not completed, for changes" },
  );
}
