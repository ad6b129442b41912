import { INDICATOR_UNIT_LABELS } from "@consortia/api/schemas";
import { ScrollingTable } from "@/components/scrolling-table";
import { Badge } from "@/components/ui/badge";
import { TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatPercent, formatTarget, formatValue } from "@/lib/indicator-format";
import { DeleteIndicator } from "./delete-indicator";
import { IndicatorDialog } from "./indicator-dialog";
import type { Indicator } from "./types";

/** The catalogue: each indicator's cumulative value against its target. */
export function CatalogueTable({
  projectId,
  indicators,
  canEdit,
}: {
  projectId: string;
  indicators: Indicator[];
  canEdit: boolean;
}) {
  return (
    <ScrollingTable label="Indicator catalogue">
      <THead>
        <TR>
          <TH scope="col">Code</TH>
          <TH scope="col">Indicator</TH>
          <TH scope="col">Unit</TH>
          <TH scope="col" className="text-right">
            Target
          </TH>
          <TH scope="col" className="text-right">
            Cumulative
          </TH>
          <TH scope="col" className="text-right">
            Of target
          </TH>
          <TH scope="col">Source</TH>
          {canEdit && (
            <TH scope="col">
              <span className="sr-only">Actions</span>
            </TH>
          )}
        </TR>
      </THead>
      <TBody>
        {indicators.map((ind) => {
          const overrides = ind.periods.filter((p) => p.overridden).length;
          return (
            <TR key={ind.id}>
              <TD className="whitespace-nowrap font-medium">{ind.code}</TD>
              <TH scope="row" className="min-w-48 break-words font-normal text-foreground">
                {ind.name}
                {ind.description && (
                  <span className="block text-xs text-muted-foreground">{ind.description}</span>
                )}
              </TH>
              <TD>{INDICATOR_UNIT_LABELS[ind.unit]}</TD>
              <TD className="whitespace-nowrap text-right tabular-nums">
                {formatTarget(ind.target, ind.unit)}
              </TD>
              <TD className="whitespace-nowrap text-right tabular-nums">
                {formatValue(ind.cumulative, ind.unit)}
                {ind.participations !== null && (
                  <span className="block text-xs text-muted-foreground">
                    {ind.participations === 1
                      ? "1 participation"
                      : `${ind.participations} participations`}
                  </span>
                )}
              </TD>
              <TD className="text-right tabular-nums">{formatPercent(ind.percentOfTarget)}</TD>
              <TD>
                <span className="flex flex-wrap gap-1">
                  <Badge variant={ind.source === "computed" ? "secondary" : "outline"}>
                    {ind.source === "computed" ? "Computed" : "Manual"}
                  </Badge>
                  {overrides > 0 && (
                    <Badge variant="warning">
                      {overrides === 1 ? "1 period overridden" : `${overrides} periods overridden`}
                    </Badge>
                  )}
                </span>
              </TD>
              {canEdit && (
                <TD>
                  <span className="flex gap-1">
                    <IndicatorDialog projectId={projectId} indicator={ind} />
                    <DeleteIndicator
                      projectId={projectId}
                      indicatorId={ind.id}
                      code={ind.code}
                      version={ind.version}
                    />
                  </span>
                </TD>
              )}
            </TR>
          );
        })}
      </TBody>
    </ScrollingTable>
  );
}
