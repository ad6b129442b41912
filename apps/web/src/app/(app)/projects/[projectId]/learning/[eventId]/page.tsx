import { COUNTRIES } from "@consortia/api/schemas";
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/breadcrumb";
import { ChainLinks } from "@/components/chain-links";
import { Attachments } from "@/components/documents/attachments";
import { SectionCard } from "@/components/section-card";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/labels";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import { eventsUrl } from "@/lib/urls";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { projectMetadata } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { placeOf } from "../_components/events-table";
import { dateRange } from "../_components/labels";
import { eventById } from "../_components/server-data";
import { DeleteEvent } from "./delete-event";
import { ParticipantCounts } from "./participant-counts";
import { Participants } from "./participants";
import { Recommendations } from "./recommendations";

type Params = { params: Promise<{ projectId: string; eventId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { projectId, eventId } = await params;
  return projectMetadata(
    projectId,
    eventById(projectId, eventId).then((r) => r.title),
  );
}

/** One learning event: what it was, who came, what it left behind. */
export default async function EventPage({ params }: Params) {
  const { projectId, eventId } = await params;
  const [event, overview, people, lineage] = await Promise.all([
    eventById(projectId, eventId),
    projectOverview(projectId),
    serverApi().then((api) => api.learningEvents.people({ projectId })),
    serverApi().then((api) =>
      orNotFound(api.policyViews.lineage({ projectId, kind: "learning_event", id: eventId })),
    ),
  ]);
  const peer = event.kind === "peer_review";

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="grid gap-3">
        <Breadcrumb
          items={[{ label: "Learning events", href: eventsUrl(projectId) }, { label: event.title }]}
        />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="grid min-w-0 gap-2">
            <h1 className="break-words text-2xl font-semibold tracking-tight">{event.title}</h1>
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              <Badge variant="secondary">{EVENT_KIND_LABELS[event.kind]}</Badge>
              <span>{dateRange(event.startDate, event.endDate, formatDate)}</span>
              <span>· {placeOf(event)}</span>
            </div>
          </div>
          {(event.can.edit || event.can.delete) && (
            <div className="flex flex-wrap gap-2">
              {event.can.edit && (
                <Button asChild variant="outline">
                  <Link href={`${eventsUrl(projectId)}/${event.id}/edit`}>Edit event</Link>
                </Button>
              )}
              {event.can.delete && (
                <DeleteEvent
                  projectId={projectId}
                  eventId={event.id}
                  version={event.version}
                  title={event.title}
                />
              )}
            </div>
          )}
        </div>
      </div>

      {event.warnings.map((w) => (
        <Alert key={w.code}>{w.message}</Alert>
      ))}

      <SectionCard title="Details">
        <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2">
          <Fact label="Host partner">
            {event.hostPartnerName} ({COUNTRIES[event.hostCountry] ?? event.hostCountry})
          </Fact>
          <Fact label="Place">{placeOf(event)}</Fact>
          <Fact label="Themes">{event.themes.join(", ") || "None given"}</Fact>
          <Fact label="Policy instrument or challenge addressed">
            {event.policyInstrument || "Not given"}
          </Fact>
          {peer && (
            <Fact label="Host's policy challenge" wide>
              {event.policyChallenge || "Not described yet"}
            </Fact>
          )}
          <Fact label="Summary of what was learned" wide>
            {event.summary || "Not written yet"}
          </Fact>
          {peer && (
            <Fact label="Findings" wide>
              {event.findings || "Not written yet"}
            </Fact>
          )}
          <Fact label="Logged by">{event.createdByName ?? "Unknown"}</Fact>
        </dl>
      </SectionCard>

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Participants</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-6">
          <ParticipantCounts counts={event.counts} />
          <Participants
            projectId={projectId}
            event={event}
            people={people}
            partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
          />
        </CardContent>
      </Card>

      {peer && (
        <Card className="min-w-0">
          <CardHeader>
            <CardTitle>Recommendations</CardTitle>
          </CardHeader>
          <CardContent>
            <Recommendations
              projectId={projectId}
              eventId={event.id}
              items={event.recommendations}
              canEdit={event.can.edit}
            />
          </CardContent>
        </Card>
      )}

      <Card className="min-w-0">
        <CardHeader>
          <CardTitle>Agenda and materials</CardTitle>
        </CardHeader>
        <CardContent>
          <Attachments
            projectId={projectId}
            target={{ kind: "event", id: event.id }}
            documents={event.attachments}
            canEdit={event.can.edit}
          />
        </CardContent>
      </Card>

      <SectionCard title="Good practices presented">
        {event.goodPractices.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            None recorded. A practice's page records the events where it was presented.
          </p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {event.goodPractices.map((p) => (
              <li key={p.id}>
                <TextLink href={`/projects/${projectId}/practices/${p.id}`} className="font-medium">
                  {p.title}
                </TextLink>{" "}
                <span className="text-muted-foreground">({p.ownerPartnerName})</span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>

      <ChainLinks projectId={projectId} lineage={lineage} omit={["good_practice"]} />
    </div>
  );
}

function Fact({
  label,
  wide,
  children,
}: {
  label: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={wide ? "grid gap-1 sm:col-span-2" : "grid gap-1"}>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="whitespace-pre-line break-words">{children}</dd>
    </div>
  );
}
