import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ImprovementStatusBadge } from "@/components/policy-badges";
import { PolicyTabs } from "@/components/policy-tabs";
import { SectionCard } from "@/components/section-card";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { improvementsUrl, improvementUrl, instrumentUrl, regionUrl } from "@/lib/urls";
import { projectMetadata } from "@/server/page-metadata";
import { improvementById } from "../_components/server-data";
import { AchieveErrorsProvider } from "./achieve-errors";
import { DeleteImprovement } from "./delete-improvement";
import { ImprovementFacts, ImprovementHistory, ImprovementLinks } from "./improvement-details";
import { ImprovementEvidence } from "./improvement-evidence";
import { WorkflowActions } from "./workflow-actions";

type Params = { params: Promise<{ projectId: string; improvementId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, improvementId } = await params;
  return projectMetadata(
    projectId,
    improvementById(projectId, improvementId).then((r) => r.title),
  );
}

/** One policy improvement: what changed, its evidence, its workflow and what lies behind it. */
export default async function ImprovementPage({ params }: Params) {
  const { projectId, improvementId } = await params;
  const i = await improvementById(projectId, improvementId);
  const link = "text-primary underline-offset-4 hover:underline";

  return (
    <AchieveErrorsProvider>
      <div className="grid min-w-0 grid-cols-1 gap-6">
        <PolicyTabs projectId={projectId} />
        <div className="grid gap-3">
          <Breadcrumb
            items={[
              { label: "Policy improvements", href: improvementsUrl(projectId) },
              { label: i.title },
            ]}
          />
          <div className="grid min-w-0 gap-2">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{i.title}</h1>
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              <ImprovementStatusBadge status={i.status} />
              <Link href={regionUrl(projectId, i.partnerId)} className={link}>
                {i.partnerName}
              </Link>
              <span aria-hidden="true">·</span>
              <Link href={instrumentUrl(projectId, i.policyInstrumentId)} className={link}>
                {i.policyInstrumentName}
              </Link>
            </div>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            {i.can.edit && (
              <Button asChild variant="outline">
                <Link href={`${improvementUrl(projectId, i.id)}/edit`}>Edit improvement</Link>
              </Button>
            )}
            {i.can.delete && (
              <DeleteImprovement
                projectId={projectId}
                improvementId={i.id}
                version={i.version}
                title={i.title}
              />
            )}
            <WorkflowActions
              projectId={projectId}
              improvementId={i.id}
              version={i.version}
              canAchieve={i.can.achieve}
              canValidate={i.can.validate}
              canRevert={i.can.revert}
            />
          </div>
        </div>

        <div className="grid min-w-0 gap-6 lg:grid-cols-3">
          <SectionCard title="The improvement" className="min-w-0 lg:col-span-2">
            <ImprovementFacts i={i} />
          </SectionCard>
          <SectionCard title="Workflow" className="min-w-0 lg:self-start">
            <ImprovementHistory i={i} />
          </SectionCard>
        </div>

        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Evidence documents</CardTitle>
          </CardHeader>
          <CardContent>
            <ImprovementEvidence
              projectId={projectId}
              improvementId={i.id}
              partnerId={i.partnerId}
              documents={i.evidence}
              canEdit={i.can.edit}
            />
          </CardContent>
        </Card>

        <ImprovementLinks projectId={projectId} i={i} />
      </div>
    </AchieveErrorsProvider>
  );
}
