import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { eventsUrl, eventUrl } from "@/lib/urls";
import { projectOverview } from "@/server/project-data";
import { EventForm } from "../../_components/event-form";
import { eventById } from "../../_components/server-data";

type Params = { params: Promise<{ projectId: string; eventId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, eventId } = await params;
  const event = await eventById(projectId, eventId);
  return { title: `Edit ${event.title}` };
}

export default async function EditEventPage({ params }: Params) {
  const { projectId, eventId } = await params;
  const [overview, event] = await Promise.all([
    projectOverview(projectId),
    eventById(projectId, eventId),
  ]);
  if (!event.can.edit) notFound();
  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <PageHeader
        crumbs={[
          ["Learning events", eventsUrl(projectId)],
          [event.title, eventUrl(projectId, event.id)],
          ["Edit"],
        ]}
        title={`Edit ${event.title}`}
      />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <EventForm
            projectId={projectId}
            event={event}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
            defaultHost={event.hostPartnerId}
            canChangeHost={overview.can.actForAnyPartner}
          />
        </CardContent>
      </Card>
    </div>
  );
}
