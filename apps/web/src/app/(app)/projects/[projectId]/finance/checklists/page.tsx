import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { PageHeader } from "@/components/page-header";
import { SectionCard } from "@/components/section-card";
import { Button } from "@/components/ui/button";
import { STICKY_END_CELL, Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { param, type RawSearchParams, readSearchParams } from "@/lib/search-params";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { ArchiveTemplate, TemplateEditor } from "./_components/template-editor";

type Props = { params: Promise<{ projectId: string }>; searchParams: Promise<RawSearchParams> };

export const generateMetadata = titled("Control checklists");

/**
 * The project's checklists of first-level control: the lead coordinator writes and archives
 * them (`?edit=<id>`, `?new=1` starts from the built-in checklist); controllers read them.
 */
export default async function ChecklistsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const query = readSearchParams({ edit: param.id(), new: param.oneOf(["1"]) }, await searchParams);
  const api = await serverApi();
  const { templates, builtIn, can } = await orNotFound(
    api.controlChecklists.templates({ projectId }),
    { forbidden: true },
  );
  const base = `/projects/${projectId}/finance/checklists`;
  const editing =
    can.manage && query.edit
      ? await orNotFound(api.controlChecklists.template({ projectId, templateId: query.edit }))
      : null;
  const crumbs: [string, string?][] = [
    ["Finance", `/projects/${projectId}/finance`],
    ["Control checklists"],
  ];
  if (editing || (can.manage && query.new))
    return (
      <div className="grid min-w-0 grid-cols-1 gap-6">
        <PageHeader
          crumbs={[...crumbs.slice(0, 1), ["Control checklists", base], [editing ? "Edit" : "New"]]}
          title={editing ? `Edit “${editing.name}”` : "New control checklist"}
          description="Controls that already use a checklist keep the copy they chose; a change applies to controls that choose it afterwards."
        />
        <TemplateEditor
          projectId={projectId}
          template={editing ? { id: editing.id, version: editing.version } : undefined}
          initial={editing ?? builtIn}
        />
      </div>
    );
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={crumbs}
        title="Control checklists"
        description="The checklists controllers fill in when they check a partner's financial report: headings, questions answered yes / no / not applicable with a comment, and free-text fields. A completed checklist is part of the control's record."
        actions={
          can.manage ? (
            <Button asChild size="sm">
              <Link href={`${base}?new=1`}>New checklist</Link>
            </Button>
          ) : undefined
        }
      />
      <SectionCard
        title="Checklists of the project"
        description={`Without a checklist of the project, controllers use the built-in “${builtIn.name}” (${builtIn.sectionCount} sections, ${builtIn.questionCount} questions); a new checklist starts from it.`}
      >
        {templates.length === 0 ? (
          <p className="text-sm text-muted-foreground">No checklist of the project yet.</p>
        ) : (
          <Table label="Control checklists">
            <caption className="sr-only">The project's control checklists</caption>
            <ColumnHeads
              columns={[
                "Name",
                { label: "Sections", className: "text-right" },
                { label: "Questions", className: "text-right" },
                "Changed",
                "Status",
                ...(can.manage
                  ? [{ label: "Actions", className: STICKY_END_CELL, srOnly: true }]
                  : []),
              ]}
            />
            <TBody>
              {templates.map((t) => (
                <TR key={t.id}>
                  <TH scope="row" className="font-medium text-foreground">
                    {t.name}
                  </TH>
                  <TD className="text-right tabular-nums">{t.sectionCount}</TD>
                  <TD className="text-right tabular-nums">{t.questionCount}</TD>
                  <TD className="whitespace-nowrap">{formatDate(t.updatedAt)}</TD>
                  <TD>{t.archived ? "Archived" : "In use"}</TD>
                  {can.manage && (
                    <TD className={`${STICKY_END_CELL} whitespace-nowrap`}>
                      <Button asChild variant="outline" size="sm" className="h-8">
                        <Link href={`${base}?edit=${t.id}`}>
                          Edit<span className="sr-only"> {t.name}</span>
                        </Link>
                      </Button>{" "}
                      <ArchiveTemplate projectId={projectId} template={t} />
                    </TD>
                  )}
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </SectionCard>
    </div>
  );
}
