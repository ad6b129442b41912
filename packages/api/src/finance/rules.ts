import { COST_CATEGORIES, type CostCategory } from "@consortia/db/schema";

/**
 * The money rules of the finance room, written once and pure (no database).
 *
 * Every amount is an integer number of cents. Rates and shares are exact decimal strings
 * ("15", "80.00", "7.4593"), never floats. THE ROUNDING RULE (README, "Money"): wherever a
 * division or a percentage gives a fraction of a cent, the result is rounded to the nearest
 * cent, halves away from zero ("commercial rounding"), once per item — a converted item, a
 * flat-rate line of a report, a fund amount — and every total is the sum of rounded items.
 */

const SCALE = 1_000_000n;

/** A decimal string with at most six decimals as an integer count of millionths. */
export function toMicros(decimal: string): bigint {
  const m = decimal.trim().match(/^(\d+)(?:\.(\d{1,6}))?$/);
  if (!m) throw new Error(`not a non-negative decimal with at most 6 decimals: ${decimal}`);
  return BigInt(m[1] ?? "0") * SCALE + BigInt((m[2] ?? "").padEnd(6, "0"));
}

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new Error("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

function safe(cents: bigint): number {
  const n = Number(cents);
  if (!Number.isSafeInteger(n)) throw new Error(`amount out of range: ${cents}`);
  return n;
}

/**
 * An amount in another currency converted to euro cents at `rate` (units of the currency for
 * one euro, as the Commission publishes monthly rates): amount / rate, rounded per the rule.
 */
export function toEuroCents(amountCents: number, rate: string): number {
  const micros = toMicros(rate);
  if (micros === 0n) throw new Error("a conversion rate must be above 0");
  return safe(divideRounded(BigInt(amountCents) * SCALE, micros));
}

/** `percent` % of `baseCents` ("15" → 15 %), rounded per the rule. */
export function percentOf(baseCents: number, percent: string): number {
  return safe(divideRounded(BigInt(baseCents) * toMicros(percent), 100n * SCALE));
}

/**
 * A part of a whole as a percentage with one decimal (for display and traffic lights); null
 * when the whole is 0.
 */
export function shareOf(partCents: number, wholeCents: number): number | null {
  if (wholeCents === 0) return null;
  return Number(divideRounded(BigInt(partCents) * 1000n, BigInt(wholeCents))) / 10;
}

/** How a project uses one cost category. */
export type CategoryRule = {
  category: CostCategory;
  inUse: boolean;
  /** A flat rate: `flatRatePercent` % of the base category's amount. */
  flatRatePercent: string | null;
  flatRateBase: CostCategory | null;
};

/** The default options: every category but infrastructure, office and administration 15 % of staff. */
export const DEFAULT_CATEGORY_RULES: readonly CategoryRule[] = COST_CATEGORIES.map((category) => ({
  category,
  inUse: category !== "infrastructure",
  flatRatePercent: category === "office_admin" ? "15" : null,
  flatRateBase: category === "office_admin" ? "staff" : null,
}));

export type CategoryAmounts = Partial<Record<CostCategory, number>>;

/**
 * Real-cost amounts completed with the flat-rate categories (rate × base, rounded once per
 * category), for the categories in use. Real amounts typed for a flat-rate category are
 * ignored: flat rates are computed, never typed. A flat rate's base is a real-cost category.
 */
export function withFlatRates(
  rules: readonly CategoryRule[],
  real: CategoryAmounts,
): Record<CostCategory, number> {
  const out = Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as Record<
    CostCategory,
    number
  >;
  for (const rule of rules) {
    if (!rule.inUse || rule.flatRatePercent !== null) continue;
    out[rule.category] = real[rule.category] ?? 0;
  }
  for (const rule of rules) {
    if (!rule.inUse || rule.flatRatePercent === null || rule.flatRateBase === null) continue;
    out[rule.category] = percentOf(out[rule.flatRateBase] ?? 0, rule.flatRatePercent);
  }
  return out;
}

/** The sum of amounts, exactly (throws past the safe integer range). */
export function sumCents(amounts: Iterable<number>): number {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  return safe(total);
}

/**
 * An amount shared in proportion to non-negative weights by the largest remainder: each part
 * is the floor of its exact share, and the cents left over go one each to the largest
 * remainders (the first listed on a tie), so the parts always add up to the amount exactly.
 * Equal weights when every weight is 0. This is the one way an amount is shared out.
 */
export function splitByWeights(amountCents: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const given = weights.map((w) => BigInt(w));
  if (given.some((w) => w < 0n)) throw new Error("weights must not be negative");
  const total = given.reduce((a, b) => a + b, 0n);
  const w = total === 0n ? given.map(() => 1n) : given;
  const wTotal = total === 0n ? BigInt(given.length) : total;
  const c = BigInt(amountCents);
  const parts = w.map((x) => (c * x) / wTotal);
  let left = c - parts.reduce((a, b) => a + b, 0n);
  const order = w
    .map((x, i) => ({ i, rem: (c * x) % wTotal }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(safe);
}

export type ContributionSource = { id: string; amountCents: number };

/**
 * The fund's part of eligible expenditure (rate × total, rounded per the rule) and the rest,
 * the partner's contribution, split across its sources in proportion to their budgeted
 * amounts (largest remainder, so the parts always add up to the contribution exactly; equal
 * parts when nothing is budgeted).
 */
export function splitFunding(
  eligibleCents: number,
  cofinancingPercent: string,
  sources: readonly ContributionSource[],
): { fundCents: number; contributionCents: number; bySource: Record<string, number> } {
  const fundCents = percentOf(eligibleCents, cofinancingPercent);
  const contributionCents = eligibleCents - fundCents;
  const bySource: Record<string, number> = {};
  const parts = splitByWeights(
    contributionCents,
    sources.map((s) => s.amountCents),
  );
  sources.forEach((s, i) => {
    bySource[s.id] = parts[i] ?? 0;
  });
  return { fundCents, contributionCents, bySource };
}

/**
 * The fund amount a claim asks for one partner from the certified expenditure of its included
 * certificates: per cost category the certified sum × the co-financing rate, rounded once
 * (`percentOf`, as `splitFunding` does for the joint report's table); the partner's amount
 * is the sum of its categories'. The joint report and the payments ledger agree to the cent.
 */
export function claimFundCents(
  lines: readonly { category: CostCategory; certifiedCents: number }[],
  cofinancingPercent: string,
): number {
  const byCategory = new Map<CostCategory, number[]>();
  for (const l of lines)
    byCategory.set(l.category, [...(byCategory.get(l.category) ?? []), l.certifiedCents]);
  return sumCents([...byCategory.values()].map((c) => percentOf(sumCents(c), cofinancingPercent)));
}

export type OverviewRow = {
  category: CostCategory;
  budgetCents: number;
  previousCents: number;
  currentCents: number;
  totalCents: number;
  /** Total as a share of the budget, one decimal; null without a budget. */
  percentOfBudget: number | null;
  remainingCents: number;
};

/**
 * The financial overview per cost category: budget, previously reported, this report, total,
 * % of budget, remaining; and a total row whose figures are the sums of the rows.
 */
export function financialOverview(
  categories: readonly CostCategory[],
  budget: CategoryAmounts,
  previous: CategoryAmounts,
  current: CategoryAmounts,
): { rows: OverviewRow[]; total: Omit<OverviewRow, "category"> } {
  const rows = categories.map((category) => {
    const budgetCents = budget[category] ?? 0;
    const previousCents = previous[category] ?? 0;
    const currentCents = current[category] ?? 0;
    const totalCents = previousCents + currentCents;
    return {
      category,
      budgetCents,
      previousCents,
      currentCents,
      totalCents,
      percentOfBudget: shareOf(totalCents, budgetCents),
      remainingCents: budgetCents - totalCents,
    };
  });
  const sum = (k: "budgetCents" | "previousCents" | "currentCents" | "totalCents") =>
    sumCents(rows.map((r) => r[k]));
  const budgetCents = sum("budgetCents");
  const totalCents = sum("totalCents");
  return {
    rows,
    total: {
      budgetCents,
      previousCents: sum("previousCents"),
      currentCents: sum("currentCents"),
      totalCents,
      percentOfBudget: shareOf(totalCents, budgetCents),
      remainingCents: budgetCents - totalCents,
    },
  };
}

/** The co-financing rate a legal status gives (other: set by hand). */
export const DEFAULT_COFINANCING: Record<
  "public" | "public_equivalent" | "private_non_profit",
  string
> = { public: "80", public_equivalent: "80", private_non_profit: "70" };

/**
 * "1234.56" or "1 234,56" as cents; null when the text is not an amount with at most two
 * decimals (a negative or absurd amount is refused by the caller's bounds).
 */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0']/g, "");
  const m = t.match(/^(-?)(\d{1,12})(?:[.,](\d{1,2}))?$/);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

/** Cents as "1234.56" (the form's and the exports' plain decimal). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
