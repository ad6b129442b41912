import Link from "next/link";
import { Button } from "@/components/ui/button";
import { readPracticeFilter } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { ExportPanel } from "./_components/export-panel";
import { PracticeFilters } from "./_components/practice-filters";
import { PracticesTable } from "./_components/practices-table";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Good practices");

/** The register of good practices, filtered through the address, with its export. */
export default async function GoodPracticesPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const filter = readPracticeFilter(await searchParams);
  const api = await serverApi();
  const [overview, list] = await Promise.all([
    projectOverview(projectId),
    orNotFound(
      api.goodPractices.list({
        projectId,
        status: filter.status,
        counted: filter.counted,
        ownerPartnerId: filter.owner,
        theme: filter.theme,
        pageSize: 200,
      }),
    ),
  ]);
  const canDraft = overview.can.contribute;
  const filtered = Boolean(filter.status || filter.counted || filter.owner || filter.theme);

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Good practices</h1>
          <p className="text-sm text-muted-foreground">
            Policy initiatives proven in one region and of interest to others. Drafts are seen only
            by their partner and the lead coordinators.
          </p>
        </div>
        {canDraft && (
          <Button asChild>
            <Link href={`/projects/${projectId}/practices/new`}>Describe a practice</Link>
          </Button>
        )}
      </div>
      <PracticeFilters
        projectId={projectId}
        filter={filter}
        partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
      />
      <ExportPanel projectId={projectId} />
      <p role="status" className="text-sm text-muted-foreground">
        {list.total} {list.total === 1 ? "good practice" : "good practices"}
        {filtered ? " match these filters" : ""}
        {list.total > list.practices.length
          ? `; the latest ${list.practices.length} are shown`
          : ""}
      </p>
      {list.practices.length > 0 && <PracticesTable projectId={projectId} rows={list.practices} />}
    </div>
  );
}
