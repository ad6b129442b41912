import { SectionCard } from "@/components/section-card";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { serverApi } from "@/server/api";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { CatalogueTable } from "./_components/catalogue-table";
import { IndicatorChart } from "./_components/indicator-chart";
import { IndicatorDialog } from "./_components/indicator-dialog";
import { PeriodValuesTable } from "./_components/period-values-table";

type Props = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Indicators");

/** The indicator catalogue, values per reporting period and cumulative, against target. */
export default async function IndicatorsPage({ params }: Props) {
  const { projectId } = await params;
  const api = await serverApi();
  const [list, overview] = await Promise.all([
    api.indicators.list({ projectId }),
    projectOverview(projectId),
  ]);
  const canEdit = overview.can.manageReporting;
  const { indicators, periods, partners } = list;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Indicators</h1>
          <p className="text-sm text-muted-foreground">
            What the partnership reports to the programme, on {formatDate(list.today)}
            {list.currentPeriod !== null && ` (reporting period ${list.currentPeriod})`}. Computed
            values come from the records; a value entered by hand always has a justification.
          </p>
        </div>
        {canEdit && <IndicatorDialog projectId={projectId} />}
      </div>
      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Catalogue</CardTitle>
          <CardDescription>Each indicator’s cumulative value against its target.</CardDescription>
        </CardHeader>
        <CardContent>
          {indicators.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              No indicators yet.{canEdit && " Add the ones the project reports."}
            </p>
          ) : (
            <CatalogueTable projectId={projectId} indicators={indicators} canEdit={canEdit} />
          )}
        </CardContent>
      </Card>
      {indicators.length > 0 && (
        <>
          <Card className="min-w-0">
            <CardHeader>
              <CardTitle>Values per reporting period</CardTitle>
              <CardDescription>
                What happened in each period, and the cumulative up to it.
                {canEdit &&
                  " Set a manual indicator’s value, or override a computed one with a justification."}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <PeriodValuesTable
                projectId={projectId}
                indicators={indicators}
                periods={periods}
                canEdit={canEdit}
              />
            </CardContent>
          </Card>
          <SectionCard
            title="Progress against target"
            description="One indicator at a time: per period, cumulative and target, and by partner where it is computed."
          >
            <IndicatorChart indicators={indicators} periods={periods} partners={partners} />
          </SectionCard>
        </>
      )}
    </div>
  );
}
