"use client";

import type { ComponentProps } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * One bar per row, labels on the left, the box growing with the rows. Hidden from screen
 * readers: the table beside it says the same.
 */
export function HorizontalBars({
  data,
  height,
  labelWidth,
  xAxis,
  tooltip,
}: {
  data: { label: string; value: number }[];
  height: number;
  labelWidth: number;
  xAxis: Omit<ComponentProps<typeof XAxis>, "ref">;
  tooltip: (value: unknown) => [string, string];
}) {
  return (
    <div aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 16 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tick={{ fontSize: 12 }} {...xAxis} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => tooltip(v)} />
          <Bar dataKey="value" fill="#0f766e" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
