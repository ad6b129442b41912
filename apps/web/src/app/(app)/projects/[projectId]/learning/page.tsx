import Link from "next/link";
import { Button } from "@/components/ui/button";
import { eventsHref, readEventFilter } from "@/lib/list-filters";
import { serverApi } from "@/server/api";
import { orNotFound } from "@/server/or-not-found";
import { titled } from "@/server/page-metadata";
import { projectOverview } from "@/server/project-data";
import { EventFilters } from "./_components/event-filters";
import { EventsTable } from "./_components/events-table";
import { Timeline, timelineWindow } from "./_components/timeline";

type Props = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titled("Learning events");

/** Every learning event of the partnership: a filtered list, or a timeline month by month. */
export default async function LearningEventsPage({ params, searchParams }: Props) {
  const { projectId } = await params;
  const filter = readEventFilter(await searchParams);
  const api = await serverApi();
  const today = new Date().toISOString().slice(0, 10);
  const timeline = filter.view === "timeline";
  const w = timelineWindow(filter.month, today);
  const [overview, list, calendar] = await Promise.all([
    projectOverview(projectId),
    timeline
      ? null
      : orNotFound(
          api.learningEvents.list({
            projectId,
            kind: filter.kind,
            hostPartnerId: filter.host,
            theme: filter.theme,
            from: filter.from,
            to: filter.to,
            pageSize: 200,
          }),
        ),
    timeline ? api.learningEvents.calendar({ projectId, from: w.from, to: w.to }) : null,
  ]);
  const canPropose = overview.can.createEvent;
  const items = (calendar ?? []).filter(
    (e) =>
      (!filter.kind || e.kind === filter.kind) && (!filter.host || e.hostPartnerId === filter.host),
  );
  const filtered = Boolean(filter.kind || filter.host || filter.theme || filter.from || filter.to);

  return (
    <div className="grid min-w-0 grid-cols-1 gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Learning events</h1>
          <p className="text-sm text-muted-foreground">
            Peer reviews, study visits, staff exchanges, workshops and stakeholder group meetings
            across the partnership.
          </p>
        </div>
        {canPropose && (
          <Button asChild>
            <Link href={`/projects/${projectId}/learning/new`}>Log an event</Link>
          </Button>
        )}
      </div>
      <nav aria-label="Views" className="flex gap-2">
        <Button asChild variant={timeline ? "outline" : "default"} size="sm">
          <Link
            href={eventsHref(projectId, { ...filter, view: "list", month: undefined })}
            aria-current={timeline ? undefined : "page"}
          >
            List
          </Link>
        </Button>
        <Button asChild variant={timeline ? "default" : "outline"} size="sm">
          <Link
            href={eventsHref(projectId, { ...filter, view: "timeline" })}
            aria-current={timeline ? "page" : undefined}
          >
            Timeline
          </Link>
        </Button>
      </nav>
      <EventFilters
        projectId={projectId}
        filter={filter}
        partners={overview.partners.map((p) => ({ id: p.id, name: p.name }))}
      />
      {list && (
        <>
          <p role="status" className="text-sm text-muted-foreground">
            {list.total} {list.total === 1 ? "event" : "events"}
            {filtered ? " match these filters" : ""}
            {list.total > list.events.length ? `; the newest ${list.events.length} are shown` : ""}
          </p>
          {list.events.length > 0 && <EventsTable projectId={projectId} rows={list.events} />}
        </>
      )}
      {calendar && <Timeline projectId={projectId} filter={filter} items={items} today={today} />}
    </div>
  );
}
