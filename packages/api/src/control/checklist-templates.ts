import type { Db } from "@consortia/db";
import { notFound } from "../errors";
import type { ProjectCtx } from "../shared/service-context";
import { auditChange, updateVersioned } from "../shared/versioned";
import { DEFAULT_CHECKLIST } from "./checklist-default";
import type { ChecklistSection, ChecklistTemplateContent } from "./checklist-schemas";

type TemplateInput = { name: string; sections: ChecklistSection[] };

const counts = (sections: ChecklistSection[]) => ({
  sectionCount: sections.length,
  questionCount: sections.reduce(
    (n, s) => n + s.items.filter((i) => i.kind === "question").length,
    0,
  ),
});

/** The stored content (`{ sections }`, the name has its own column), as written below. */
const sectionsOf = (content: unknown) => (content as { sections: ChecklistSection[] }).sections;

/** The project's checklist templates (archived ones last), and the built-in one offered when
 * the project has none yet or the lead coordinator wants to start from it. */
export async function listTemplates(ctx: ProjectCtx) {
  const rows = await ctx.db
    .selectFrom("checklist_templates")
    .select(["id", "name", "content", "archived", "version", "updated_at"])
    .where("project_id", "=", ctx.access.projectId)
    .orderBy("archived")
    .orderBy("name")
    .execute();
  return {
    templates: rows.map((r) => ({
      id: r.id,
      name: r.name,
      archived: r.archived,
      version: r.version,
      updatedAt: r.updated_at,
      ...counts(sectionsOf(r.content)),
    })),
    builtIn: { ...DEFAULT_CHECKLIST, ...counts(DEFAULT_CHECKLIST.sections) },
    can: { manage: ctx.access.isLead },
  };
}

/** A template of the caller's project, with its content. */
export async function loadTemplate(db: Db, projectId: string, templateId: string) {
  const row = await db
    .selectFrom("checklist_templates")
    .select(["id", "name", "content", "archived", "version"])
    .where("id", "=", templateId)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!row) throw notFound("Checklist template");
  const template: ChecklistTemplateContent = { name: row.name, sections: sectionsOf(row.content) };
  return { id: row.id, archived: row.archived, version: row.version, ...template };
}

export async function getTemplate(ctx: ProjectCtx, input: { templateId: string }) {
  const t = await loadTemplate(ctx.db, ctx.access.projectId, input.templateId);
  return { ...t, can: { manage: ctx.access.isLead } };
}

export async function createTemplate(ctx: ProjectCtx, input: TemplateInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("checklist_templates")
      .values({
        project_id: ctx.access.projectId,
        name: input.name,
        content: JSON.stringify({ sections: input.sections }),
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      })
      .returning(["id", "version"])
      .executeTakeFirstOrThrow();
    await auditChange(trx, ctx, {
      entity: "checklist_template",
      entityId: row.id,
      action: "create",
      summary: `Checklist template “${input.name}” created`,
      data: counts(input.sections),
    });
    return row;
  });
}

export async function updateTemplate(
  ctx: ProjectCtx,
  input: TemplateInput & { templateId: string; version: number },
) {
  await loadTemplate(ctx.db, ctx.access.projectId, input.templateId);
  return ctx.db.transaction().execute(async (trx) => {
    // Controls keep their own copy of the template, so a change never alters a checklist in use.
    const row = await updateVersioned(
      trx,
      "checklist_templates",
      {
        id: input.templateId,
        version: input.version,
        label: "This checklist template",
        projectId: ctx.access.projectId,
      },
      {
        name: input.name,
        content: JSON.stringify({ sections: input.sections }),
        updated_by: ctx.actor.userId,
        updated_at: new Date(),
      },
      ["id", "version"],
    );
    await auditChange(trx, ctx, {
      entity: "checklist_template",
      entityId: row.id,
      action: "update",
      summary: `Checklist template “${input.name}” changed`,
      data: counts(input.sections),
    });
    return row;
  });
}

/** Archived templates are no longer offered to controllers; controls that used one keep it. */
export async function archiveTemplate(
  ctx: ProjectCtx,
  input: { templateId: string; version: number; archived: boolean },
) {
  const t = await loadTemplate(ctx.db, ctx.access.projectId, input.templateId);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateVersioned(
      trx,
      "checklist_templates",
      {
        id: input.templateId,
        version: input.version,
        label: "This checklist template",
        projectId: ctx.access.projectId,
      },
      { archived: input.archived, updated_by: ctx.actor.userId, updated_at: new Date() },
      ["id", "version", "archived"],
    );
    await auditChange(trx, ctx, {
      entity: "checklist_template",
      entityId: row.id,
      action: input.archived ? "archive" : "restore",
      summary: `Checklist template “${t.name}” ${input.archived ? "archived" : "restored"}`,
    });
    return row;
  });
}
