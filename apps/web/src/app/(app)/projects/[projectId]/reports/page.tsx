import { SectionCard } from "@/components/section-card";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { PeriodsTable } from "./_components/periods-table";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Reports");

/** The project's reporting periods, each with its progress report and who has contributed. */
export default async function ReportsPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const periods = await orNotFound(api.periodReports.list({ projectId }));
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Reports</h1>
        <p className="text-sm text-muted-foreground">
          Every six months each partner writes its contribution and the lead partner consolidates
          the progress report for the programme. A submitted report locks its period.
        </p>
      </div>
      <SectionCard
        title="Reporting periods"
        description="The report of each period, its latest submitted version, and the partners’ contributions submitted so far."
      >
        {periods.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            The project has no reporting periods yet: they follow from its start and end dates.
          </p>
        ) : (
          <PeriodsTable projectId={projectId} periods={periods} />
        )}
      </SectionCard>
    </div>
  );
}
