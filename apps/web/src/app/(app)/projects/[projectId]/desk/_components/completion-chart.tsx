"use client";

import { FiguresTable, HorizontalBarChart } from "@/components/horizontal-bar-chart";

export type CompletionRow = {
  key: string;
  label: string;
  approved: number;
  total: number;
  approvedHref: string;
  totalHref: string;
};

/**
 * Completion as horizontal bars (share approved), and the same numbers as a table whose
 * figures link to the deliverables behind them. Clicking a bar opens its records too.
 */
export function CompletionChart({ title, rows }: { title: string; rows: CompletionRow[] }) {
  const percent = (r: CompletionRow) => (r.total ? Math.round((r.approved / r.total) * 100) : 0);
  return (
    <div className="grid gap-4">
      <HorizontalBarChart
        rows={rows.map((r) => ({ label: r.label, values: [percent(r)], hrefs: [r.totalHref] }))}
        series={[{ name: "percent", color: "#0f766e" }]}
        rowHeight={32}
        minHeight={160}
        labelWidth={110}
        xAxis={{ domain: [0, 100], unit: "%" }}
        tooltip={(v) => [`${v}%`, "Approved"]}
      />
      <FiguresTable
        label={`${title} as a table`}
        rowHeader="Name"
        columns={["Approved", "All", "Completion"]}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          figures: [
            { value: r.approved, href: r.approvedHref, srLabel: `approved for ${r.label}` },
            { value: r.total, href: r.totalHref, srLabel: `deliverables for ${r.label}` },
            r.total ? `${percent(r)}%` : "none yet",
          ],
        }))}
      />
    </div>
  );
}
