import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { PageHeader } from "@/components/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { PLAN_STATUS_TEXT } from "@/lib/policy-labels";
import { plansUrl, planUrl, regionUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { MonitoringGrid } from "./monitoring-grid";

type Params = { params: Promise<{ projectId: string; planId: string }> };

const gridOf = cache(async (projectId: string, actionPlanId: string) => {
  const api = await serverApi();
  return orNotFound(api.monitoring.byPlan({ projectId, actionPlanId }));
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, planId } = await params;
  return projectMetadata(
    projectId,
    gridOf(projectId, planId).then((r) => `Monitoring: ${r.plan.title}`),
  );
}

/** Each action of an action plan, period by period: progress, percentage, comment, evidence. */
export default async function MonitoringPage({ params }: Params) {
  const { projectId, planId } = await params;
  const grid = await gridOf(projectId, planId);
  const { plan } = grid;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[
          ["Action plans", plansUrl(projectId)],
          [plan.title, planUrl(projectId, plan.id)],
          ["Monitoring"],
        ]}
        title={`Monitoring: ${plan.title}`}
        description={
          <>
            <Link
              href={regionUrl(projectId, plan.partnerId)}
              className="text-primary underline underline-offset-4"
            >
              {plan.partnerName}
            </Link>{" "}
            · per action and reporting period, in the core and the follow-up phase.
            {grid.can.edit && " Choose a cell to record or correct its progress and evidence."}
          </>
        }
      />

      {plan.status !== "final" && (
        <Alert>
          Monitoring follows the final action plan. This plan is{" "}
          {PLAN_STATUS_TEXT[plan.status].toLowerCase()}; progress can be recorded once a lead
          coordinator finalises it.
        </Alert>
      )}

      {grid.actions.length === 0 ? (
        <p className="text-sm text-muted-foreground">This action plan has no actions yet.</p>
      ) : (
        <Card className="min-w-0">
          <CardContent className="min-w-0 p-2 sm:p-4">
            <MonitoringGrid projectId={projectId} grid={grid} today={today} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
