"use client";

import { FiguresTable, HorizontalBarChart } from "@/components/horizontal-bar-chart";
import { euros, percent } from "@/lib/money-desk";

export type SpendingRow = {
  key: string;
  label: string;
  planCents: number;
  reportedCents: number;
  percentOfPlan: number | null;
};

const SERIES = [
  { name: "Plan", color: "#94a3b8" },
  { name: "Reported", color: "#0f766e" },
];

/**
 * Plan against reported spending as horizontal bars (in euros), and the same figures as a
 * table beside it: the chart is hidden from screen readers, the table says it all.
 */
export function SpendingChart({
  title,
  rowHeader,
  rows,
}: {
  title: string;
  rowHeader: string;
  rows: SpendingRow[];
}) {
  return (
    <div className="grid min-w-0 gap-4">
      <HorizontalBarChart
        rows={rows.map((r) => ({
          label: r.label,
          values: [r.planCents / 100, r.reportedCents / 100],
        }))}
        series={SERIES}
        rowHeight={48}
        minHeight={160}
        extraHeight={64}
        labelWidth={130}
        legend
        xAxis={{ tickFormatter: (v: number) => `€${Math.round(v / 1000)}k` }}
        tooltip={(v, name) => [euros(Math.round(Number(v) * 100)), name]}
      />
      <FiguresTable
        label={`${title} as a table`}
        rowHeader={rowHeader}
        columns={["Plan", "Reported", "% of plan"]}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          figures: [euros(r.planCents), euros(r.reportedCents), percent(r.percentOfPlan)],
        }))}
      />
    </div>
  );
}
