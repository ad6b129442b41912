"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

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
 * table whose figures link to the register. The drawing is hidden from screen readers; the
 * table says the same.
 */
export function TargetChart({ title, rows }: { title: string; rows: TargetRow[] }) {
  const router = useRouter();
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">Nothing yet.</p>;
  return (
    <div className="grid min-w-0 gap-3">
      <div aria-hidden="true" style={{ height: Math.max(140, rows.length * 30 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ left: 8, right: 16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar
              dataKey="validated"
              name="Validated"
              stackId="a"
              fill="#0f766e"
              cursor="pointer"
              onClick={(entry) => {
                const href = (entry as { payload?: TargetRow }).payload?.validatedHref;
                if (href) router.push(href);
              }}
            />
            <Bar dataKey="pending" name="Submitted or approved" stackId="a" fill="#94a3b8" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table aria-label={`${title} as a table`}>
        <THead>
          <TR>
            <TH scope="col">{title.replace(/^By /, "").replace(/^\w/, (c) => c.toUpperCase())}</TH>
            <TH scope="col">Validated</TH>
            <TH scope="col">Submitted or approved</TH>
          </TR>
        </THead>
        <TBody>
          {rows.map((r) => (
            <TR key={r.key}>
              <TH scope="row" className="break-words font-normal text-foreground">
                {r.label}
              </TH>
              <TD>
                <Link className="underline" href={r.validatedHref}>
                  {r.validated}
                  <span className="sr-only"> validated for {r.label}</span>
                </Link>
              </TD>
              <TD>
                <Link className="underline" href={r.allHref}>
                  {r.pending}
                  <span className="sr-only"> under review for {r.label}</span>
                </Link>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}
