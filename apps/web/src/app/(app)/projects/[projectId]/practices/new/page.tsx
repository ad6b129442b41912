import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { practicesUrl } from "@/lib/urls";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { PracticeForm } from "../_components/practice-form";

type Params = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Describe a good practice");

/** Editors draft their own partner's practices; lead coordinators any partner's. */
export default async function NewPracticePage({ params }: Params) {
  const { projectId } = await params;
  const overview = await projectOverview(projectId);
  if (!overview.can.contribute) notFound();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Good practices", practicesUrl(projectId)], ["Describe"]]}
        title="Describe a good practice"
        description={
          <>
            The programme's form, in its order. A draft may be incomplete; submitting needs every
            field marked “Needed before submitting”.
          </>
        }
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <PracticeForm
            projectId={projectId}
            practice={null}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
            defaultOwner={overview.myPartnerId ?? ""}
            canChangeOwner={overview.can.actForAnyPartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}
