import type { Metadata } from "next";
import { Breadcrumb } from "@/components/breadcrumb";
import { PolicyTabs } from "@/components/policy-tabs";
import { plansUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { planById } from "../_components/server-data";
import { PlanView } from "./_components/plan-view";

type Params = { params: Promise<{ projectId: string; planId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, planId } = await params;
  return projectMetadata(
    projectId,
    planById(projectId, planId).then((r) => r.title),
  );
}

/**
 * One action plan in the programme's three parts. The actions and comments come with the
 * page, so a link to "#action-…" from the learning chain finds its target on arrival.
 */
export default async function ActionPlanPage({ params }: Params) {
  const { projectId, planId } = await params;
  const api = await serverApi();
  const [plan, comments] = await Promise.all([
    planById(projectId, planId),
    orNotFound(api.planComments.list({ projectId, actionPlanId: planId })),
  ]);
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PolicyTabs projectId={projectId} />
      <Breadcrumb
        items={[{ label: "Action plans", href: plansUrl(projectId) }, { label: plan.title }]}
      />
      <PlanView projectId={projectId} initialPlan={plan} initialComments={comments} />
    </div>
  );
}
