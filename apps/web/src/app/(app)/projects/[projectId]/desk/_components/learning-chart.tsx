"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
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
 * Learning figures as horizontal bars (a dashed target where set), and the same numbers as a
 * table whose figures link to the records behind them. Clicking a bar opens them too. The
 * drawing is hidden from screen readers; the table says the same.
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
  const router = useRouter();
  const withTarget = rows.some((r) => r.target !== undefined);
  const data = rows.map((r) => ({
    label: r.label,
    ...Object.fromEntries(series.map((s, i) => [s.name, r.values[i]?.count ?? 0])),
    ...(withTarget ? { Target: r.target ?? 0 } : {}),
    hrefs: r.values.map((v) => v.href),
  }));
  return (
    <div className="grid min-w-0 gap-3">
      <div
        aria-hidden="true"
        style={{ height: Math.max(150, rows.length * (withTarget ? 44 : 34) + 60) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 8, right: 16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((s, i) => (
              <Bar
                key={s.name}
                dataKey={s.name}
                fill={s.color}
                cursor="pointer"
                onClick={(entry) => {
                  const href = (entry as { payload?: { hrefs?: string[] } }).payload?.hrefs?.[i];
                  if (href) router.push(href);
                }}
              />
            ))}
            {withTarget && <Bar dataKey="Target" fill="#cbd5e1" />}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table aria-label={`${title} as a table`}>
        <THead>
          <TR>
            <TH scope="col">{rowHeader}</TH>
            {series.map((s) => (
              <TH key={s.name} scope="col">
                {s.name}
              </TH>
            ))}
            {withTarget && (
              <>
                <TH scope="col">Target</TH>
                <TH scope="col">Reached</TH>
              </>
            )}
          </TR>
        </THead>
        <TBody>
          {rows.map((r) => (
            <TR key={r.key}>
              <TH scope="row" className="break-words font-normal text-foreground">
                {r.label}
              </TH>
              {series.map((s, i) => (
                <TD key={s.name}>
                  <Link className="underline" href={r.values[i]?.href ?? "#"}>
                    {r.values[i]?.count ?? 0}
                    <span className="sr-only">
                      {" "}
                      {s.name.toLowerCase()}: {r.label}
                    </span>
                  </Link>
                </TD>
              ))}
              {withTarget && (
                <>
                  <TD>{r.target ?? "not set"}</TD>
                  <TD>
                    {r.target
                      ? `${Math.round(((r.values[0]?.count ?? 0) / r.target) * 100)}%`
                      : "–"}
                  </TD>
                </>
              )}
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
