import { NumbersHead, ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatPercent, formatValue } from "@/lib/indicator-format";
import { IndicatorsChart } from "./indicators-chart";
import type { ReportIndicator } from "./types";

const value = (n: number | null, unit: ReportIndicator["unit"]) =>
  formatValue(n === null ? null : String(n), unit);

/** Previously reported, this period, cumulative and target per indicator, with a chart. */
export function IndicatorsSection({ indicators }: { indicators: ReportIndicator[] }) {
  if (indicators.length === 0)
    return <p className="text-sm text-muted-foreground">The project has no indicators yet.</p>;
  return (
    <div className="grid min-w-0 gap-4">
      <IndicatorsChart indicators={indicators} />
      <ScrollingTable label="Indicators of the period">
        <NumbersHead
          label="Indicator"
          numbers={["Previously reported", "This period", "Cumulative", "Target", "Of target"]}
        />
        <TBody>
          {indicators.map((i) => (
            <TR key={i.id}>
              <TH scope="row" className="min-w-48 font-normal text-foreground">
                <span className="font-medium">{i.code}</span> {i.name}
                {i.entered && i.justification && (
                  <span className="block text-xs text-muted-foreground">
                    Entered by hand: {i.justification}
                  </span>
                )}
              </TH>
              <TD className="text-right tabular-nums">{value(i.previously, i.unit)}</TD>
              <TD className="text-right tabular-nums">{value(i.thisPeriod, i.unit)}</TD>
              <TD className="text-right tabular-nums">{value(i.cumulative, i.unit)}</TD>
              <TD className="text-right tabular-nums">
                {i.target === null ? "not set" : value(i.target, i.unit)}
              </TD>
              <TD className="text-right tabular-nums">{formatPercent(i.percentOfTarget)}</TD>
            </TR>
          ))}
        </TBody>
      </ScrollingTable>
    </div>
  );
}
