import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Card, CardContent } from "@/components/ui/card";
import { practicesUrl, practiceUrl } from "@/lib/urls";
import { isLeadRole, projectOverview } from "@/server/project-data";
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
  if (!practice.canEdit) notFound();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Breadcrumb
          items={[
            { label: "Good practices", href: practicesUrl(projectId) },
            { label: practice.title, href: practiceUrl(projectId, practice.id) },
            { label: "Edit" },
          ]}
        />
        <h1 className="break-words text-2xl font-semibold tracking-tight">Edit {practice.title}</h1>
      </div>
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <PracticeForm
            projectId={projectId}
            practice={practice}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
            defaultOwner={practice.ownerPartnerId}
            canChangeOwner={isLeadRole(overview.myRole)}
          />
        </CardContent>
      </Card>
    </div>
  );
}
