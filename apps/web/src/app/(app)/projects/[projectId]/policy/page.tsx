import Form from "next/form";
import { LearningChart } from "@/components/learning-chart";
import { PolicyFigures } from "@/components/policy-figures";
import { PolicyTabs } from "@/components/policy-tabs";
import { SectionCard } from "@/components/section-card";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { improvementsHref } from "@/lib/list-filters";
import { param, readParam } from "@/lib/search-params";
import { policyUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { MatrixTable } from "./_components/matrix-table";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Policy overview");

const SERIES = [
  { name: "Expected", color: "#64748b" },
  { name: "Achieved", color: "#0369a1" },
  { name: "Validated", color: "#0f766e" },
];

/** The partnership at a glance: indicators, the regions × status matrix and a chart. */
export default async function PolicyOverviewPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const asked = readParam(param.int(1, 40), (await searchParams).period);
  const api = await serverApi();
  const [overview, counts, first] = await Promise.all([
    projectOverview(projectId),
    api.policyViews.counts({ projectId }),
    orNotFound(api.policyViews.matrix({ projectId })),
  ]);
  // A period outside the project is ignored rather than failing the page.
  const matrix =
    asked !== undefined && asked <= first.periods && asked !== first.periodNumber
      ? await api.policyViews.matrix({ projectId, periodNumber: asked })
      : first;
  const chartRows = matrix.rows
    .filter((r) => r.hasInstrument || r.improvements.expected + r.improvements.achieved > 0)
    .map((r) => ({
      key: r.partnerId,
      label: r.partnerName,
      values: (["expected", "achieved", "validated"] as const).map((status) => ({
        count: r.improvements[status],
        href: improvementsHref(projectId, { partner: r.partnerId, status }),
      })),
    }));

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Policy overview</h1>
        <p className="text-sm text-muted-foreground">
          From each region's policy instrument, through its action plan and the monitoring of its
          actions, to the improvements the programme validates.
        </p>
      </div>
      <section aria-label="Policy indicators">
        <PolicyFigures projectId={projectId} counts={counts} />
      </section>

      <Card className="min-w-0">
        <CardHeader className="flex-row flex-wrap items-end justify-between gap-3">
          <div className="grid gap-1">
            <CardTitle>Partnership matrix</CardTitle>
            <CardDescription>
              {matrix.periodNumber === null
                ? "No progress is recorded yet in any final action plan."
                : `Monitoring as reported for reporting period ${matrix.periodNumber}.`}
            </CardDescription>
          </div>
          <Form action={policyUrl(projectId)} className="flex flex-wrap items-end gap-2">
            <div className="grid gap-1.5">
              <Label htmlFor="matrix-period">Reporting period</Label>
              <select
                id="matrix-period"
                name="period"
                defaultValue={asked ? String(asked) : ""}
                className="h-10 rounded-md border border-input bg-background px-3 text-sm"
              >
                <option value="">Latest with progress</option>
                {Array.from({ length: matrix.periods }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    Period {n}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="outline">
              Show
            </Button>
          </Form>
        </CardHeader>
        <CardContent className="min-w-0">
          <MatrixTable
            projectId={projectId}
            matrix={matrix}
            regions={new Map(overview.partners.map((p) => [p.id, p.regionName]))}
          />
        </CardContent>
      </Card>

      <SectionCard
        title="Improvements by region"
        description="Expected, achieved and validated policy improvements of each region with a policy instrument. Choose a bar or a figure to list them."
        contentClassName="min-w-0"
      >
        {chartRows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No region has a policy instrument yet.</p>
        ) : (
          <LearningChart
            title="Improvements by region"
            rowHeader="Region"
            series={SERIES}
            rows={chartRows}
          />
        )}
      </SectionCard>
    </div>
  );
}
