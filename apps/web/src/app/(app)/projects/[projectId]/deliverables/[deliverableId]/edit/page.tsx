import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { deliverablesHref } from "@/lib/list-filters";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/record-labels";
import { deliverableUrl } from "@/lib/urls";
import { projectMetadata } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { DeliverableForm } from "../../_components/deliverable-form";
import { deliverableById, formOptions } from "../../_components/server-data";

type Params = { params: Promise<{ projectId: string; deliverableId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, deliverableId } = await params;
  return projectMetadata(
    projectId,
    deliverableById(projectId, deliverableId).then((r) => `Edit ${r.code}`),
  );
}

/** Lead coordinators correct the plan at any stage; the status moves only by its steps. */
export default async function EditDeliverablePage({ params }: Params) {
  const { projectId, deliverableId } = await params;
  const [overview, d] = await Promise.all([
    projectOverview(projectId),
    deliverableById(projectId, deliverableId),
  ]);
  if (!d.can.edit) notFound();
  const options = await formOptions(projectId, overview);
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Deliverables", deliverablesHref(projectId, {})],
          [`${d.code} ${d.title}`, deliverableUrl(projectId, d.id)],
          ["Edit"],
        ]}
        title={`Edit ${d.code}`}
        description={
          <>
            Status: {DELIVERABLE_STATUS_LABELS[d.status] ?? d.status}. Changing the plan does not
            change the status; the responsible partner and the review move it on.
          </>
        }
      />
      <Card className="min-w-0 max-w-3xl">
        <CardContent className="pt-6">
          <DeliverableForm projectId={projectId} deliverable={d} options={options} />
        </CardContent>
      </Card>
    </div>
  );
}
