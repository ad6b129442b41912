"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { HorizontalBarChart } from "@/components/horizontal-bar-chart";
import { NumbersHead, ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatPercent, formatTarget, formatValue } from "@/lib/indicator-format";

type Indicator = RouterOutputs["indicators"]["list"]["indicators"][number];

const BARS = [{ name: "value", color: "#0f766e" }];

/**
 * Share of target reached per indicator as compact bars (units differ, so the bars compare
 * percentages), and the real figures in the table. The drawing is hidden from screen readers.
 */
export function HomeChart({ indicators }: { indicators: Indicator[] }) {
  const withTarget = indicators.filter((i) => i.percentOfTarget !== null);
  const data = withTarget.map((i) => ({ label: i.code, values: [i.percentOfTarget ?? 0] }));
  return (
    <div className="grid min-w-0 gap-4">
      {data.length > 0 && (
        <HorizontalBarChart
          rows={data}
          series={BARS}
          rowHeight={26}
          minHeight={140}
          labelWidth={70}
          xAxis={{ domain: [0, (max: number) => Math.max(100, max)], unit: "%" }}
          tooltip={(v) => [`${v}%`, "Of target"]}
        />
      )}
      <ScrollingTable label="Indicators against target as a table">
        <NumbersHead label="Indicator" numbers={["Cumulative", "Target", "Of target"]} />
        <TBody>
          {indicators.map((i) => (
            <TR key={i.id}>
              <TH scope="row" className="min-w-40 break-words font-normal text-foreground">
                <span className="font-medium">{i.code}</span> {i.name}
              </TH>
              <TD className="whitespace-nowrap text-right tabular-nums">
                {formatValue(i.cumulative, i.unit)}
              </TD>
              <TD className="whitespace-nowrap text-right tabular-nums">
                {formatTarget(i.target, i.unit)}
              </TD>
              <TD className="text-right tabular-nums">{formatPercent(i.percentOfTarget)}</TD>
            </TR>
          ))}
        </TBody>
      </ScrollingTable>
    </div>
  );
}
