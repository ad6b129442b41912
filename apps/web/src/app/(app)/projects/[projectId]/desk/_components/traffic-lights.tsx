import Link from "next/link";
import { ColumnHeads } from "@/components/column-heads";
import { Table, TBody, TD, TH, TR } from "@/components/ui/table";
import { deliverablesHref } from "@/lib/list-filters";
import { cn } from "@/lib/utils";
import type { Desk } from "./types";

const LIGHT = {
  green: { text: "Green: on track", dot: "bg-emerald-600" },
  amber: { text: "Amber: needs attention", dot: "bg-amber-500" },
  red: { text: "Red: behind", dot: "bg-red-600" },
} as const;

/** Each region's light in colour and in words, with the reasons and the records behind it. */
export function TrafficLights({
  projectId,
  partners,
}: {
  projectId: string;
  partners: Desk["byPartner"];
}) {
  return (
    <Table label="Traffic lights" aria-label="Traffic light per region">
      <ColumnHeads columns={["Region", "Status", "Why", "Overdue"]} />
      <TBody>
        {partners.map((p) => (
          <TR key={p.id}>
            <TH scope="row" className="min-w-40 font-normal text-foreground">
              <span className="font-medium">{p.shortName}</span>
              <span className="block text-xs text-muted-foreground">
                {p.regionName ?? p.name}
                {p.nutsCode ? ` (${p.nutsCode})` : ""}
              </span>
            </TH>
            <TD className="whitespace-nowrap">
              <span className="inline-flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={cn("size-3 rounded-full", LIGHT[p.light].dot)}
                />
                {LIGHT[p.light].text}
              </span>
            </TD>
            <TD className="min-w-56">
              {p.reasons.length === 0 ? (
                "Nothing overdue or waiting on changes"
              ) : (
                <>
                  {p.reasons.join("; ")}{" "}
                  <Link
                    className="underline"
                    href={deliverablesHref(projectId, p.behindLight.filter)}
                  >
                    List {p.behindLight.count}
                    <span className="sr-only"> deliverables behind {p.shortName}’s status</span>
                  </Link>
                </>
              )}
            </TD>
            <TD>
              <Link className="underline" href={deliverablesHref(projectId, p.overdue.filter)}>
                {p.overdue.count}
                <span className="sr-only"> overdue for {p.shortName}</span>
              </Link>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
