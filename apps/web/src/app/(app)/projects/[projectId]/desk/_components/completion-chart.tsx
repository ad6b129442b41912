"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

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
  const router = useRouter();
  const data = rows.map((r) => ({
    ...r,
    percent: r.total ? Math.round((r.approved / r.total) * 100) : 0,
  }));
  return (
    <div className="grid gap-4">
      <div aria-hidden="true" style={{ height: Math.max(160, data.length * 32 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 8, right: 16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => [`${v}%`, "Approved"]} />
            <Bar
              dataKey="percent"
              fill="#0f766e"
              cursor="pointer"
              onClick={(entry) => {
                const href = (entry as { payload?: { totalHref?: string } }).payload?.totalHref;
                if (href) router.push(href);
              }}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table aria-label={`${title} as a table`}>
        <THead>
          <TR>
            <TH scope="col">Name</TH>
            <TH scope="col">Approved</TH>
            <TH scope="col">All</TH>
            <TH scope="col">Completion</TH>
          </TR>
        </THead>
        <TBody>
          {data.map((r) => (
            <TR key={r.key}>
              <TH scope="row" className="font-normal text-foreground">
                {r.label}
              </TH>
              <TD>
                <Link className="underline" href={r.approvedHref}>
                  {r.approved}
                  <span className="sr-only"> approved for {r.label}</span>
                </Link>
              </TD>
              <TD>
                <Link className="underline" href={r.totalHref}>
                  {r.total}
                  <span className="sr-only"> deliverables for {r.label}</span>
                </Link>
              </TD>
              <TD>{r.total ? `${r.percent}%` : "none yet"}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
