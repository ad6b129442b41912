import Link from "next/link";
import { PolicyTabs } from "@/components/policy-tabs";
import { Button } from "@/components/ui/button";
import { readImprovementFilter } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { ImprovementFilters } from "./_components/improvement-filters";
import { ImprovementsTable } from "./_components/improvements-table";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Policy improvements");

/** Evidence that the instruments really changed, filtered through the address. */
export default async function ImprovementsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const filter = readImprovementFilter(await searchParams);
  const api = await serverApi();
  const [overview, rows] = await Promise.all([
    projectOverview(projectId),
    orNotFound(
      api.improvements.list({
        projectId,
        partnerId: filter.partner,
        status: filter.status,
        improvementType: filter.type,
      }),
    ),
  ]);
  const canRecord = overview.can.contribute;
  const filtered = Boolean(filter.partner || filter.status || filter.type);

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Policy improvements</h1>
          <p className="text-sm text-muted-foreground">
            Expected, achieved with evidence, then validated by the programme. Only validated
            improvements count for the indicators.
          </p>
        </div>
        {canRecord && (
          <Button asChild>
            <Link href={`/projects/${projectId}/improvements/new`}>Record an improvement</Link>
          </Button>
        )}
      </div>
      <ImprovementFilters
        projectId={projectId}
        filter={filter}
        partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
      />
      <p role="status" className="text-sm text-muted-foreground">
        {rows.length} {rows.length === 1 ? "policy improvement" : "policy improvements"}
        {filtered ? " match these filters" : ""}
      </p>
      {rows.length > 0 && <ImprovementsTable projectId={projectId} rows={rows} />}
    </div>
  );
}
