import type { IndicatorUnit } from "@consortia/db";
import { sumEuros } from "../shared/money";

/**
 * Indicator values stay decimal strings from the numeric(14,2) columns to the client, summed
 * in whole cents (the euro arithmetic of the policy indicators); counts are shown without
 * decimals ("12"), euros with two ("1250000.50").
 */
export function total(amounts: readonly string[], unit: IndicatorUnit): string {
  const sum = sumEuros(amounts);
  return unit === "eur" ? sum : sum.replace(/\.00$/, "");
}

/** One value in its unit's form. */
export const shown = (value: string, unit: IndicatorUnit) => total([value], unit);

/** Running totals: the n-th is the sum of the first n. */
export function runningTotals(values: readonly string[], unit: IndicatorUnit): string[] {
  const out: string[] = [];
  let acc = total([], unit);
  for (const v of values) {
    acc = total([acc, v], unit);
    out.push(acc);
  }
  return out;
}

/** value / target as a whole percentage (null without a positive target). */
export function percentOf(value: string, target: string | null): number | null {
  if (target === null || Number(target) <= 0) return null;
  return Math.round((Number(value) / Number(target)) * 100);
}
