"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

/** One kind of bar; bars with the same `stack` are drawn end to end. */
export type BarSeries = { name: string; color: string; stack?: string };

/** A row of bars: one value per series, and where a click on each bar leads. */
export type BarRow = { label: string; values: number[]; hrefs?: (string | undefined)[] };

/**
 * Horizontal bars, labels on the left, the box growing with the rows (`rowHeight` each, at
 * least `minHeight`). Hidden from screen readers: a table beside it says the same, and a
 * click on a bar opens what its cell in that table links to.
 */
export function HorizontalBarChart({
  rows,
  series,
  rowHeight,
  minHeight,
  extraHeight = 40,
  labelWidth,
  xAxis,
  tooltip,
  legend = false,
}: {
  rows: BarRow[];
  series: BarSeries[];
  rowHeight: number;
  minHeight: number;
  /** Room for the axis (and the legend). */
  extraHeight?: number;
  labelWidth: number;
  xAxis?: Omit<ComponentProps<typeof XAxis>, "ref">;
  tooltip?: (value: unknown, name: string) => [string, string];
  legend?: boolean;
}) {
  const router = useRouter();
  const data = rows.map((r) => ({
    label: r.label,
    ...Object.fromEntries(series.map((s, i) => [s.name, r.values[i] ?? 0])),
    hrefs: r.hrefs ?? [],
  }));
  return (
    <div
      aria-hidden="true"
      style={{ height: Math.max(minHeight, rows.length * rowHeight + extraHeight) }}
    >
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
          <Tooltip {...(tooltip ? { formatter: (v, n) => tooltip(v, String(n)) } : {})} />
          {legend && <Legend wrapperStyle={{ fontSize: 12 }} />}
          {series.map((s, i) => {
            const linked = rows.some((r) => r.hrefs?.[i]);
            return (
              <Bar
                key={s.name}
                dataKey={s.name}
                fill={s.color}
                {...(s.stack ? { stackId: s.stack } : {})}
                {...(linked
                  ? {
                      cursor: "pointer",
                      onClick: (entry: unknown) => {
                        const row = (entry as { payload?: { hrefs?: string[] } }).payload;
                        const href = row?.hrefs?.[i];
                        if (href) router.push(href);
                      },
                    }
                  : {})}
              />
            );
          })}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A figure in the table: plain, or a link to the records behind it. */
export type Figure = ReactNode | { value: ReactNode; href: string; srLabel: string };

const isLink = (f: Figure): f is { value: ReactNode; href: string; srLabel: string } =>
  typeof f === "object" && f !== null && "href" in f;

/** The numbers of a chart as a table; its figures link to the records behind them. */
export function FiguresTable({
  label,
  rowHeader,
  columns,
  rows,
}: {
  label: string;
  rowHeader: string;
  columns: string[];
  rows: { key: string; label: string; figures: Figure[] }[];
}) {
  return (
    <Table label={label} aria-label={label}>
      <THead>
        <TR>
          <TH scope="col">{rowHeader}</TH>
          {columns.map((c) => (
            <TH key={c} scope="col">
              {c}
            </TH>
          ))}
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.key}>
            <TH scope="row" className="break-words font-normal text-foreground">
              {r.label}
            </TH>
            {r.figures.map((f, i) => (
              <TD key={columns[i] ?? i}>
                {isLink(f) ? (
                  <Link className="underline" href={f.href}>
                    {f.value}
                    <span className="sr-only"> {f.srLabel}</span>
                  </Link>
                ) : (
                  f
                )}
              </TD>
            ))}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
