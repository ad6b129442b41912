import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { eventsUrl } from "@/lib/urls";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { EventForm } from "../_components/event-form";

type Params = { params: Promise<{ projectId: string }> };

export const generateMetadata = titled("Log a learning event");

/** Anyone on the partnership's staff logs an event, hosted by any partner. */
export default async function NewEventPage({ params }: Params) {
  const { projectId } = await params;
  const overview = await projectOverview(projectId);
  if (!overview.can.createEvent) notFound();
  const partners = overview.partners.map((p) => ({ id: p.id, name: p.name }));
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[["Learning events", eventsUrl(projectId)], ["Log"]]}
        title="Log a learning event"
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <EventForm
            projectId={projectId}
            event={null}
            partners={partners}
            defaultHost={overview.myPartnerId ?? ""}
            canChangeHost
          />
        </CardContent>
      </Card>
    </div>
  );
}
