import type { IndicatorUnit } from "@consortia/db/schema";

const euros = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});
const counts = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** A value in its unit: euros as EUR amounts, everything else as whole numbers. */
export function formatValue(value: string | null, unit: IndicatorUnit): string {
  if (value === null) return "–";
  const n = Number(value);
  return unit === "eur" ? euros.format(n) : counts.format(n);
}

/** A target in its unit, or "not set". */
export const formatTarget = (target: string | null, unit: IndicatorUnit) =>
  target === null ? "not set" : formatValue(target, unit);

export const formatPercent = (p: number | null) => (p === null ? "–" : `${p}%`);

export const periodLabel = (n: number) => `Period ${n}`;
