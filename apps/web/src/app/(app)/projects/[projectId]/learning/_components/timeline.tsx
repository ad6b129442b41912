import type { RouterOutputs } from "@consortia/api/client";
import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { TitleLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/labels";
import { type EventFilter, eventsHref } from "@/lib/list-filters";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import { eventUrl } from "@/lib/urls";
import { placeOf } from "./events-table";
import { dateRange } from "./labels";

type Item = RouterOutputs["learningEvents"]["calendar"][number];

export const TIMELINE_MONTHS = 6;

/** The window shown: six months from the chosen month (this month unless one is chosen). */
export function timelineWindow(month: string | undefined, today: string) {
  const [y, m] = (month ?? today.slice(0, 7)).split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const months = Array.from({ length: TIMELINE_MONTHS }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    return d.toISOString().slice(0, 7);
  });
  const end = new Date(Date.UTC(y, m - 1 + TIMELINE_MONTHS, 0));
  const shift = (n: number) => new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
  return {
    from: first.toISOString().slice(0, 10),
    to: end.toISOString().slice(0, 10),
    months,
    previous: shift(-TIMELINE_MONTHS),
    next: shift(TIMELINE_MONTHS),
  };
}

const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * The partnership's events month by month: headings and lists rather than a drawn grid, so
 * it reads in order with a screen reader, works by keyboard and fits a phone.
 */
export function Timeline({
  projectId,
  filter,
  items,
  today,
}: {
  projectId: string;
  filter: EventFilter;
  items: Item[];
  today: string;
}) {
  const w = timelineWindow(filter.month, today);
  const monthOf = (e: Item) => (e.startDate < w.from ? w.months[0] : e.startDate.slice(0, 7));
  return (
    <section aria-labelledby="timeline-heading" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {monthName(w.months[0] ?? "")} to {monthName(w.months.at(-1) ?? "")}
        </h2>
        <div className="flex gap-2">
          <Button asChild variant="outline" size="sm">
            <Link href={eventsHref(projectId, { ...filter, month: w.previous })}>
              <ChevronLeft aria-hidden /> Earlier
            </Link>
          </Button>
          <Button asChild variant="outline" size="sm">
            <Link href={eventsHref(projectId, { ...filter, month: w.next })}>
              Later <ChevronRight aria-hidden />
            </Link>
          </Button>
        </div>
      </div>
      <ol className="grid gap-4">
        {w.months.map((month) => {
          const inMonth = items.filter((e) => monthOf(e) === month);
          return (
            <li key={month} className="grid gap-2 border-l-2 pl-4">
              <h3 className="font-medium">{monthName(month)}</h3>
              {inMonth.length === 0 ? (
                <p className="text-sm text-muted-foreground">No events.</p>
              ) : (
                <ul className="grid gap-2">
                  {inMonth.map((e) => (
                    <li key={e.id} className="grid gap-1 rounded-md border p-3 text-sm">
                      <TitleLink href={eventUrl(projectId, e.id)}>{e.title}</TitleLink>
                      <span className="flex flex-wrap items-center gap-2 text-muted-foreground">
                        <time dateTime={e.startDate}>
                          {dateRange(e.startDate, e.endDate, formatDate)}
                        </time>
                        <Badge variant="secondary">{EVENT_KIND_LABELS[e.kind]}</Badge>
                      </span>
                      <span className="text-muted-foreground">
                        Hosted by {e.hostPartnerName} · {placeOf(e)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
