import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { ProjectNav } from "@/components/shell/project-nav";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/labels";
import { serverApi } from "@/server/api";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await params;
  const api = await serverApi();
  const overview = await api.projects.overview({ projectId }).catch((err: unknown) => {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST"))
      notFound();
    throw err;
  });
  const { project, myRole } = overview;
  const isLead = myRole === "lead_coordinator" || myRole === "admin";
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
      <ProjectNav projectId={projectId} isLead={isLead} />
      <div>{children}</div>
    </div>
  );
}
