import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { improvementsUrl, improvementUrl } from "@/lib/urls";
import { projectOverview } from "@/server/project-data";
import { ImprovementForm } from "../../_components/improvement-form";
import { improvementById, practiceOptions } from "../../_components/server-data";

type Params = { params: Promise<{ projectId: string; improvementId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, improvementId } = await params;
  const improvement = await improvementById(projectId, improvementId);
  return { title: `Edit ${improvement.title}` };
}

export default async function EditImprovementPage({ params }: Params) {
  const { projectId, improvementId } = await params;
  const [overview, improvement, practices] = await Promise.all([
    projectOverview(projectId),
    improvementById(projectId, improvementId),
    practiceOptions(projectId),
  ]);
  if (!improvement.can.edit) notFound();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        policyTabs={projectId}
        crumbs={[
          ["Policy improvements", improvementsUrl(projectId)],
          [improvement.title, improvementUrl(projectId, improvement.id)],
          ["Edit"],
        ]}
        title={`Edit ${improvement.title}`}
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <ImprovementForm
            projectId={projectId}
            improvement={improvement}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
            practices={practices}
            defaultPartner={improvement.partnerId}
            defaultInstrument={improvement.policyInstrumentId}
            canChangePartner={overview.can.actForAnyPartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}
