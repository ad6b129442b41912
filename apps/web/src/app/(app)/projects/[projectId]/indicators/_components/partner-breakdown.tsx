"use client";

import { HorizontalBarChart } from "@/components/horizontal-bar-chart";
import { ScrollingTable } from "@/components/scrolling-table";
import { TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatValue } from "@/lib/indicator-format";
import type { Indicator, PartnerRef, ReportingPeriod } from "./types";

const BARS = [{ name: "value", color: "#0f766e" }];

/**
 * A computed indicator split by partner: cumulative per partner as bars, and per period in
 * the table. Always the computed figures: an override corrects the partnership's total only.
 */
export function PartnerBreakdown({
  indicator,
  byPartner,
  periods,
  partners,
}: {
  indicator: Indicator;
  byPartner: NonNullable<Indicator["byPartner"]>;
  periods: ReportingPeriod[];
  partners: PartnerRef[];
}) {
  const name = (id: string) => partners.find((p) => p.id === id)?.shortName ?? "Partner";
  const begun = periods.filter((p) => p.begun);
  const data = byPartner.map((b) => ({
    label: name(b.partnerId),
    values: [Number(b.cumulative)],
  }));
  const title = `${indicator.code} by partner`;
  const overridden = indicator.periods.some((p) => p.overridden);
  return (
    <section aria-label={title} className="grid min-w-0 gap-3">
      <h3 className="font-medium">{title}</h3>
      <p className="text-sm text-muted-foreground">
        Computed from each partner’s records
        {overridden && "; overrides change the partnership’s total, not a partner’s share"}.
      </p>
      <HorizontalBarChart
        rows={data}
        series={BARS}
        rowHeight={30}
        minHeight={150}
        extraHeight={50}
        labelWidth={110}
        xAxis={{ allowDecimals: indicator.unit === "eur" }}
        tooltip={(v) => [formatValue(String(v), indicator.unit), "Cumulative"]}
      />
      <ScrollingTable label={`${title} as a table`}>
        <THead>
          <TR>
            <TH scope="col">Partner</TH>
            {begun.map((p) => (
              <TH key={p.number} scope="col" className="whitespace-nowrap text-right">
                Period {p.number}
              </TH>
            ))}
            <TH scope="col" className="text-right">
              Cumulative
            </TH>
          </TR>
        </THead>
        <TBody>
          {byPartner.map((b) => (
            <TR key={b.partnerId}>
              <TH scope="row" className="font-normal text-foreground">
                {name(b.partnerId)}
              </TH>
              {begun.map((p) => (
                <TD key={p.number} className="text-right tabular-nums">
                  {formatValue(b.periods[p.number - 1] ?? "0", indicator.unit)}
                </TD>
              ))}
              <TD className="text-right font-medium tabular-nums">
                {formatValue(b.cumulative, indicator.unit)}
              </TD>
            </TR>
          ))}
        </TBody>
      </ScrollingTable>
    </section>
  );
}
