import { ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatValue } from "@/lib/indicator-format";
import { formatDate } from "@/lib/labels";
import { ClearValueButton } from "./clear-value-button";
import type { Indicator, IndicatorPeriod, ReportingPeriod } from "./types";
import { ValueDialog } from "./value-dialog";

/**
 * Each indicator's value per reporting period (what happened in it) with the cumulative
 * below. A value entered by hand carries its justification; an override also says what was
 * computed. Wide on phones: the table scrolls inside its container.
 */
export function PeriodValuesTable({
  projectId,
  indicators,
  periods,
  canEdit,
}: {
  projectId: string;
  indicators: Indicator[];
  periods: ReportingPeriod[];
  canEdit: boolean;
}) {
  return (
    <ScrollingTable label="Values per reporting period">
      <THead>
        <TR>
          <TH scope="col" className="sticky left-0 z-10 bg-background">
            Indicator
          </TH>
          {periods.map((p) => (
            <TH key={p.number} scope="col" className="min-w-40 align-bottom">
              <span className="block text-foreground">Period {p.number}</span>
              <span className="block text-xs font-normal">
                {formatDate(p.start)} – {formatDate(p.end)}
              </span>
            </TH>
          ))}
        </TR>
      </THead>
      <TBody>
        {indicators.map((ind) => (
          <TR key={ind.id}>
            <TH
              scope="row"
              className="sticky left-0 z-10 min-w-28 bg-background align-top font-medium text-foreground"
            >
              <abbr title={ind.name} className="no-underline">
                {ind.code}
              </abbr>
              <span className="sr-only"> {ind.name}</span>
            </TH>
            {ind.periods.map((p, i) => (
              <TD key={p.number} className="align-top">
                <PeriodCell
                  projectId={projectId}
                  indicator={ind}
                  period={p}
                  begun={periods[i]?.begun ?? false}
                  canEdit={canEdit}
                />
              </TD>
            ))}
          </TR>
        ))}
      </TBody>
    </ScrollingTable>
  );
}

function PeriodCell({
  projectId,
  indicator,
  period,
  begun,
  canEdit,
}: {
  projectId: string;
  indicator: Indicator;
  period: IndicatorPeriod;
  begun: boolean;
  canEdit: boolean;
}) {
  if (!begun) return <span className="text-muted-foreground">not begun</span>;
  const entered = period.entered;
  return (
    <div className="grid max-w-56 justify-items-start gap-1">
      <span className="font-medium tabular-nums">
        {period.value === null ? "no value" : formatValue(period.value, indicator.unit)}
      </span>
      {period.participations !== null && (
        <span className="text-xs text-muted-foreground tabular-nums">
          {period.participations === 1
            ? "from 1 participation"
            : `from ${period.participations} participations`}
        </span>
      )}
      {period.overridden && entered && (
        <p className="break-words rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900">
          <span className="font-medium">Overridden</span> (computed{" "}
          {formatValue(period.computed, indicator.unit)}): {entered.justification}
        </p>
      )}
      {!period.overridden && entered && (
        <p className="break-words text-xs text-muted-foreground">
          <span className="font-medium">Justification:</span> {entered.justification}
        </p>
      )}
      <span className="text-xs text-muted-foreground tabular-nums">
        Cumulative {formatValue(period.cumulative, indicator.unit)}
      </span>
      {canEdit && (
        <span className="flex flex-wrap gap-1">
          <ValueDialog projectId={projectId} indicator={indicator} period={period} />
          {entered && (
            <ClearValueButton
              projectId={projectId}
              indicatorId={indicator.id}
              code={indicator.code}
              computed={indicator.source === "computed"}
              periodNumber={period.number}
              version={entered.version}
            />
          )}
        </span>
      )}
    </div>
  );
}
