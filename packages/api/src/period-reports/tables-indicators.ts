/**
 * The report's indicator tables: the values against their targets, and each value split by
 * partner (an override entered by the lead coordinator says plainly it is not split).
 */

import type { ReportIndicator } from "./model";
import { table } from "./table-kit";

const isEur = (i: ReportIndicator) => i.unit === "eur";

export const indicators = table<ReportIndicator>({
  name: "indicators",
  title: "Indicators",
  rows: (m) => m.indicators,
  columns: [
    { header: "Code", pdf: 2.2, kind: "text", width: 10, value: (i) => i.code },
    { header: "Indicator", pdf: 3.6, kind: "text", width: 44, value: (i) => i.name },
    { header: "Unit", kind: "text", width: 13, value: (i) => i.unit },
    { header: "Target", pdf: 3.8, kind: "number", width: 14, value: (i) => i.target, eur: isEur },
    {
      header: "Previously",
      pdf: 3.4,
      kind: "number",
      width: 14,
      value: (i) => i.previously,
      eur: isEur,
    },
    {
      header: "This period",
      pdf: 3.4,
      kind: "number",
      width: 14,
      value: (i) => i.thisPeriod,
      eur: isEur,
    },
    {
      header: "Cumulative",
      pdf: 3.4,
      kind: "number",
      width: 14,
      value: (i) => i.cumulative,
      eur: isEur,
    },
    {
      header: "% of target",
      pdf: 2.2,
      kind: "percent",
      width: 11,
      value: (i) => i.percentOfTarget,
    },
    { header: "Source", kind: "text", width: 10, value: (i) => i.source },
    { header: "Entered", kind: "text", width: 9, value: (i) => (i.entered ? "Yes" : "No") },
    { header: "Justification", kind: "text", width: 50, value: (i) => i.justification },
    // People counted once: the participations behind "This period" and "Cumulative".
    {
      header: "Participations this period",
      kind: "int",
      width: 14,
      value: (i) => i.participations?.thisPeriod ?? null,
    },
    {
      header: "Participations cumulative",
      kind: "int",
      width: 14,
      value: (i) => i.participations?.cumulative ?? null,
    },
  ],
});

type PartnerValue = { indicator: ReportIndicator; partner: string; value: number };

/** A computed indicator whose value for the period the lead coordinator entered by hand. */
export const isOverride = (i: ReportIndicator) => i.source === "computed" && i.entered;

/** What the partner split says of an override: it is not split, the whole value is here. */
export const NOT_SPLIT = "Not split by partner (value entered by the lead coordinator)";

export const indicatorPartners = table<PartnerValue>({
  name: "indicator_partners",
  title: "Indicators by partner",
  // An override's rows never sum to something else than the period's value: one row says
  // plainly that it is not split (for versions submitted before, whatever their list held).
  rows: (m) =>
    m.indicators.flatMap((indicator) =>
      isOverride(indicator)
        ? [{ indicator, partner: NOT_SPLIT, value: indicator.thisPeriod }]
        : indicator.byPartner.map((p) => ({ indicator, partner: p.partner, value: p.value })),
    ),
  columns: [
    { header: "Code", pdf: 2, kind: "text", width: 10, value: (r) => r.indicator.code },
    { header: "Indicator", pdf: 5, kind: "text", width: 44, value: (r) => r.indicator.name },
    { header: "Partner", pdf: 3, kind: "text", width: 22, value: (r) => r.partner },
    {
      header: "This period",
      pdf: 3,
      kind: "number",
      width: 14,
      value: (r) => r.value,
      eur: (r) => isEur(r.indicator),
    },
  ],
});
