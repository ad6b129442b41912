import type { RouterOutputs } from "@consortia/api/client";
import { COUNTRIES } from "@consortia/api/schemas";
import { ColumnHeads } from "@/components/column-heads";
import { TitleLink } from "@/components/text-link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TR } from "@/components/ui/table";
import { formatDate } from "@/lib/labels";
import { EVENT_KIND_LABELS } from "@/lib/record-labels";
import { eventUrl } from "@/lib/urls";
import { dateRange } from "./labels";

type Row = RouterOutputs["learningEvents"]["list"]["events"][number];

export function placeOf(e: { online: boolean; city: string | null; country: string | null }) {
  if (e.online) return "Online";
  const country = e.country ? (COUNTRIES[e.country] ?? e.country) : null;
  return [e.city, country].filter(Boolean).join(", ") || "Place not given";
}

/** The learning events, newest first, with who came and what needs attention. */
export function EventsTable({ projectId, rows }: { projectId: string; rows: Row[] }) {
  return (
    <Table label="Learning events">
      <caption className="sr-only">Learning events</caption>
      <ColumnHeads
        columns={[
          "Event",
          "Dates",
          { label: "Host and place", className: "hidden md:table-cell" },
          { label: "Participants", className: "hidden lg:table-cell" },
        ]}
      />
      <TBody>
        {rows.map((e) => (
          <TR key={e.id}>
            <TD className="min-w-0 max-w-[16rem] sm:max-w-none">
              <div className="grid gap-1">
                <TitleLink href={eventUrl(projectId, e.id)}>{e.title}</TitleLink>
                <span className="flex flex-wrap gap-1">
                  <Badge variant="secondary">{EVENT_KIND_LABELS[e.kind]}</Badge>
                  {e.warnings.length > 0 && <Badge variant="warning">Too few peer countries</Badge>}
                </span>
                <span className="text-xs text-muted-foreground md:hidden">
                  {e.hostPartnerName} · {placeOf(e)}
                </span>
              </div>
            </TD>
            <TD className="whitespace-nowrap">{dateRange(e.startDate, e.endDate, formatDate)}</TD>
            <TD className="hidden md:table-cell">
              <div>{e.hostPartnerName}</div>
              <div className="text-xs text-muted-foreground">{placeOf(e)}</div>
            </TD>
            <TD className="hidden tabular-nums lg:table-cell">
              {e.counts.total} ({e.counts.countries}{" "}
              {e.counts.countries === 1 ? "country" : "countries"})
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
