"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ReportIndicator } from "./types";

const share = (n: number, target: number) => Math.round((n / target) * 1000) / 10;

/**
 * Progress against target, in percent so that counts and euros share one axis: what was
 * reported before and what this period added. Hidden from screen readers; the table below
 * says the same.
 */
export function IndicatorsChart({ indicators }: { indicators: ReportIndicator[] }) {
  const data = indicators
    .filter((i) => i.target !== null && i.target > 0)
    .map((i) => ({
      label: i.code,
      "Previously reported": share(i.previously, i.target ?? 1),
      "This period": share(i.thisPeriod, i.target ?? 1),
    }));
  if (data.length === 0)
    return <p className="text-sm text-muted-foreground">No indicator has a target to chart.</p>;
  return (
    <figure className="grid min-w-0 gap-2">
      <figcaption className="text-sm text-muted-foreground">
        Cumulative share of each target (%): previously reported and added this period. The table
        gives the numbers.
      </figcaption>
      <div aria-hidden="true" className="h-72 min-w-0">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} strokeDasharray="3 3" />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 11 }}
              interval={0}
              angle={-30}
              height={50}
              textAnchor="end"
            />
            <YAxis tick={{ fontSize: 12 }} width={40} unit="%" />
            <Tooltip formatter={(v) => `${v}%`} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="Previously reported" stackId="a" fill="#94a3b8" />
            <Bar dataKey="This period" stackId="a" fill="#0f766e" />
            <ReferenceLine y={100} stroke="#b45309" strokeDasharray="6 4" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
