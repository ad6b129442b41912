"use client";

import { FiguresTable, HorizontalBarChart } from "@/components/horizontal-bar-chart";

/** One bar group: named counts, each with the list of records behind it. */
export type LearningRow = {
  key: string;
  label: string;
  values: { count: number; href: string }[];
  /** The target where there is one (the first series is measured against it). */
  target?: number | null;
};

export type Series = { name: string; color: string };

/**
 * Learning figures as horizontal bars (a target bar where set), and the same numbers as a
 * table whose figures link to the records behind them. Clicking a bar opens them too.
 */
export function LearningChart({
  title,
  rowHeader,
  series,
  rows,
}: {
  title: string;
  rowHeader: string;
  series: Series[];
  rows: LearningRow[];
}) {
  const withTarget = rows.some((r) => r.target !== undefined);
  const count = (r: LearningRow, i: number) => r.values[i]?.count ?? 0;
  return (
    <div className="grid min-w-0 gap-3">
      <HorizontalBarChart
        rows={rows.map((r) => ({
          label: r.label,
          values: [...series.map((_, i) => count(r, i)), ...(withTarget ? [r.target ?? 0] : [])],
          hrefs: r.values.map((v) => v.href),
        }))}
        series={[...series, ...(withTarget ? [{ name: "Target", color: "#cbd5e1" }] : [])]}
        rowHeight={withTarget ? 44 : 34}
        minHeight={150}
        extraHeight={60}
        labelWidth={120}
        xAxis={{ allowDecimals: false }}
        legend
      />
      <FiguresTable
        label={`${title} as a table`}
        rowHeader={rowHeader}
        columns={[...series.map((s) => s.name), ...(withTarget ? ["Target", "Reached"] : [])]}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          figures: [
            ...series.map((s, i) => ({
              value: count(r, i),
              href: r.values[i]?.href ?? "#",
              srLabel: `${s.name.toLowerCase()}: ${r.label}`,
            })),
            ...(withTarget
              ? [
                  r.target ?? "not set",
                  r.target ? `${Math.round((count(r, 0) / r.target) * 100)}%` : "–",
                ]
              : []),
          ],
        }))}
      />
    </div>
  );
}
