import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { deliverablesHref } from "@/lib/list-filters";
import { param, readParam } from "@/lib/search-params";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { DeliverableForm } from "../_components/deliverable-form";
import { formOptions } from "../_components/server-data";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("New deliverable");

/** Lead coordinators add deliverables and outputs to the work plan; others never see this. */
export default async function NewDeliverablePage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const overview = await projectOverview(projectId);
  if (!overview.can.manageWorkPlan) notFound();
  const options = await formOptions(projectId, overview);
  // "?wp=" preselects a work package, e.g. when coming from a filtered list.
  const wp = readParam(param.id(), (await searchParams).wp);
  const defaultWorkPackageId = options.workPackages.find((w) => w.id === wp)?.id;
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Deliverables", deliverablesHref(projectId, {})], ["New deliverable"]]}
        title="New deliverable"
        description={
          <>
            A deliverable or an output of the work plan. It starts as planned; the responsible
            partner starts and submits it.
          </>
        }
      />
      <Card className="min-w-0 max-w-3xl">
        <CardContent className="pt-6">
          <DeliverableForm
            projectId={projectId}
            deliverable={null}
            options={options}
            defaultWorkPackageId={defaultWorkPackageId}
          />
        </CardContent>
      </Card>
    </div>
  );
}
