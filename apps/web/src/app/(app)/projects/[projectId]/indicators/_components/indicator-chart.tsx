"use client";

import { useId, useState } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { NumbersHead, ScrollingTable } from "@/components/scrolling-table";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { TBody, TD, TH, TR } from "@/components/ui/table";
import { formatPercent, formatTarget, formatValue } from "@/lib/indicator-format";
import { PartnerBreakdown } from "./partner-breakdown";
import type { Indicator, PartnerRef, ReportingPeriod } from "./types";

/**
 * One indicator at a time: bars per reporting period, the cumulative as a line, the target
 * as a dashed line. The drawing is hidden from screen readers; the table says the same. A
 * computed indicator is also split by partner.
 */
export function IndicatorChart({
  indicators,
  periods,
  partners,
}: {
  indicators: Indicator[];
  periods: ReportingPeriod[];
  partners: PartnerRef[];
}) {
  const selectId = useId();
  const [selectedId, setSelectedId] = useState(indicators[0]?.id ?? "");
  const ind = indicators.find((i) => i.id === selectedId) ?? indicators[0];
  if (!ind) return null;
  const begun = ind.periods.filter((_, i) => periods[i]?.begun);
  const target = ind.target === null ? null : Number(ind.target);
  const data = begun.map((p) => ({
    label: `P${p.number}`,
    "In the period": Number(p.value ?? 0),
    Cumulative: Number(p.cumulative),
  }));
  const format = (v: unknown) => formatValue(String(v), ind.unit);
  const title = `${ind.code} per reporting period`;
  return (
    <div className="grid min-w-0 gap-4">
      <div className="grid min-w-0 max-w-md grid-cols-1 gap-1.5">
        <Label htmlFor={selectId}>Indicator</Label>
        <NativeSelect
          id={selectId}
          className="min-w-0"
          value={ind.id}
          onChange={(e) => setSelectedId(e.target.value)}
        >
          {indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code} · {i.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <h3 className="font-medium">{title}</h3>
      {begun.length === 0 ? (
        <p className="text-sm text-muted-foreground">No reporting period has begun yet.</p>
      ) : (
        <>
          <div aria-hidden="true" className="h-64">
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart data={data} margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
                <CartesianGrid vertical={false} strokeDasharray="3 3" />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis
                  allowDecimals={ind.unit === "eur"}
                  tick={{ fontSize: 12 }}
                  width={ind.unit === "eur" ? 80 : 40}
                  domain={[0, (max: number) => Math.max(max, target ?? 0)]}
                />
                <Tooltip formatter={(v) => format(v)} />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                <Bar dataKey="In the period" fill="#0f766e" />
                <Line dataKey="Cumulative" stroke="#1d4ed8" strokeWidth={2} dot />
                {target !== null && (
                  <ReferenceLine
                    y={target}
                    stroke="#b45309"
                    strokeDasharray="6 4"
                    label={{ value: "Target", position: "insideTopLeft", fontSize: 12 }}
                  />
                )}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <ScrollingTable label={`${title} as a table`}>
            <NumbersHead
              label="Period"
              numbers={["In the period", "Cumulative", "Target", "Of target"]}
            />
            <TBody>
              {begun.map((p) => (
                <TR key={p.number}>
                  <TH scope="row" className="font-normal text-foreground">
                    Period {p.number}
                    {p.overridden && <span className="text-muted-foreground"> (overridden)</span>}
                  </TH>
                  <TD className="text-right tabular-nums">{formatValue(p.value, ind.unit)}</TD>
                  <TD className="text-right tabular-nums">{formatValue(p.cumulative, ind.unit)}</TD>
                  <TD className="text-right tabular-nums">{formatTarget(ind.target, ind.unit)}</TD>
                  <TD className="text-right tabular-nums">
                    {formatPercent(
                      target ? Math.round((Number(p.cumulative) / target) * 100) : null,
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </ScrollingTable>
        </>
      )}
      {ind.byPartner && (
        <PartnerBreakdown
          indicator={ind}
          byPartner={ind.byPartner}
          periods={periods}
          partners={partners}
        />
      )}
    </div>
  );
}
