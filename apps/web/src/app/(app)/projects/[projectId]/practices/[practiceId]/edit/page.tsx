import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { practicesUrl, practiceUrl } from "@/lib/urls";
import { projectOverview } from "@/server/project-data";
import { PracticeForm } from "../../_components/practice-form";
import { practiceById } from "../../_components/server-data";

type Params = { params: Promise<{ projectId: string; practiceId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, practiceId } = await params;
  const practice = await practiceById(projectId, practiceId);
  return { title: `Edit ${practice.title}` };
}

export default async function EditPracticePage({ params }: Params) {
  const { projectId, practiceId } = await params;
  const [overview, practice] = await Promise.all([
    projectOverview(projectId),
    practiceById(projectId, practiceId),
  ]);
  if (!practice.can.edit) notFound();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Good practices", practicesUrl(projectId)],
          [practice.title, practiceUrl(projectId, practice.id)],
          ["Edit"],
        ]}
        title={`Edit ${practice.title}`}
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <PracticeForm
            projectId={projectId}
            practice={practice}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
            defaultOwner={practice.ownerPartnerId}
            canChangeOwner={overview.can.actForAnyPartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}
