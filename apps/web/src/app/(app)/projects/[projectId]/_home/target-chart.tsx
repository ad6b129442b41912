"use client";

import { FiguresTable, HorizontalBarChart } from "@/components/horizontal-bar-chart";

export type TargetRow = {
  key: string;
  label: string;
  validated: number;
  pending: number;
  validatedHref: string;
  allHref: string;
};

/**
 * Validated practices (and those on their way) as stacked bars, and the same numbers as a
 * table whose figures link to the register.
 */
export function TargetChart({ title, rows }: { title: string; rows: TargetRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">Nothing yet.</p>;
  return (
    <div className="grid min-w-0 gap-3">
      <HorizontalBarChart
        rows={rows.map((r) => ({
          label: r.label,
          values: [r.validated, r.pending],
          hrefs: [r.validatedHref],
        }))}
        series={[
          { name: "Validated", color: "#0f766e", stack: "a" },
          { name: "Submitted or approved", color: "#94a3b8", stack: "a" },
        ]}
        rowHeight={30}
        minHeight={140}
        labelWidth={110}
        xAxis={{ allowDecimals: false }}
      />
      <FiguresTable
        label={`${title} as a table`}
        rowHeader={title.replace(/^By /, "").replace(/^\w/, (c) => c.toUpperCase())}
        columns={["Validated", "Submitted or approved"]}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          figures: [
            { value: r.validated, href: r.validatedHref, srLabel: `validated for ${r.label}` },
            { value: r.pending, href: r.allHref, srLabel: `under review for ${r.label}` },
          ],
        }))}
      />
    </div>
  );
}
