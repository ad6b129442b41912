"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatPercent, formatTarget, formatValue } from "./format";
import { ScrollingTable } from "./scrolling-table";
import type { Indicator } from "./types";

/**
 * Share of target reached per indicator as compact bars (units differ, so the bars compare
 * percentages), and the real figures in the table. The drawing is hidden from screen readers.
 */
export function HomeChart({ indicators }: { indicators: Indicator[] }) {
  const withTarget = indicators.filter((i) => i.percentOfTarget !== null);
  const data = withTarget.map((i) => ({ label: i.code, percent: i.percentOfTarget ?? 0 }));
  return (
    <div className="grid min-w-0 gap-4">
      {data.length > 0 && (
        <div aria-hidden="true" style={{ height: Math.max(140, data.length * 26 + 40) }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={data}
              layout="vertical"
              margin={{ left: 8, right: 16 }}
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis
                type="number"
                domain={[0, (max: number) => Math.max(100, max)]}
                unit="%"
                tick={{ fontSize: 12 }}
              />
              <YAxis type="category" dataKey="label" width={70} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => [`${v}%`, "Of target"]} />
              <Bar dataKey="percent" fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <ScrollingTable label="Indicators against target as a table">
        <THead>
          <TR>
            <TH scope="col">Indicator</TH>
            <TH scope="col" className="text-right">
              Cumulative
            </TH>
            <TH scope="col" className="text-right">
              Target
            </TH>
            <TH scope="col" className="text-right">
              Of target
            </TH>
          </TR>
        </THead>
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
