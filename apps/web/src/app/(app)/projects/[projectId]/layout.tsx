import { ProjectNav } from "@/components/shell/project-nav";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/labels";
import { projectOverview } from "@/server/project-data";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  // Cached per request: the page below reads the same overview without a second query.
  const { project, myRole, can } = await projectOverview(projectId);
  return (
    // minmax(0, 1fr): a long title or a wide table must not widen the page on a phone.
    <div className="grid grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-medium text-muted-foreground">{project.acronym}</p>
          <p className="truncate text-base font-semibold sm:text-lg">{project.title}</p>
        </div>
        {myRole && <Badge variant="secondary">{ROLE_LABELS[myRole]}</Badge>}
      </div>
      <ProjectNav projectId={projectId} canManage={can.manageProject} />
      <div>{children}</div>
    </div>
  );
}
