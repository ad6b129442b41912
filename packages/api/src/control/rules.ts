import { createHash } from "node:crypto";
import type { CertificateCategoryFigures, ControlOutcome, CostCategory } from "@consortia/db";
import { type CategoryRule, percentOf, withFlatRates } from "../finance";

/**
 * The control room's pure rules (no database): the reproducible sample and the certificate's
 * figures per cost category.
 */

/**
 * A 32-bit PRNG (mulberry32) seeded from the text seed via SHA-256: the same seed always gives
 * the same sequence, on every machine, so a recorded seed reproduces the sample.
 */
function seededRandom(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` of `ids` drawn at random with `seed`: the ids are sorted first (the order of the
 * rows read must not matter), then a partial Fisher–Yates shuffle picks the sample. Same seed
 * and same items → same sample.
 */
export function drawSample(ids: readonly string[], count: number, seed: string): string[] {
  const pool = [...ids].sort();
  const next = seededRandom(seed);
  const k = Math.min(Math.max(count, 0), pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    const a = pool[i] as string;
    pool[i] = pool[j] as string;
    pool[j] = a;
  }
  return pool.slice(0, k).sort();
}

/** How many items a share (percent) of `total` items is: rounded up, at least one. */
export function countOfShare(total: number, sharePercent: number): number {
  if (total === 0) return 0;
  return Math.min(total, Math.max(1, Math.ceil((total * sharePercent) / 100 - 1e-9)));
}

/** One controlled item as the figures need it: its euro amount and the outcome. */
export type ControlledAmount = {
  category: CostCategory;
  eurCents: number;
  outcome: ControlOutcome;
  certifiedCents: number | null;
  deductedCents: number | null;
};

/**
 * Declared, deducted, parked and certified per cost category in use. Real-cost categories sum
 * their items (a pending item counts as certified as declared: non-sampled items are verified
 * when the control finishes). Flat-rate categories follow the base: certified = rate × the
 * certified base, parked = what the parked base takes off the declared flat rate, and the rest
 * of the difference is deducted — so certified + deducted + parked = declared in every row.
 */
export function certificateFigures(
  rules: readonly CategoryRule[],
  items: readonly ControlledAmount[],
): CertificateCategoryFigures[] {
  const sums = { declared: {}, certified: {}, parked: {}, deducted: {} } as Record<
    "declared" | "certified" | "parked" | "deducted",
    Partial<Record<CostCategory, number>>
  >;
  const add = (k: keyof typeof sums, c: CostCategory, v: number) => {
    sums[k][c] = (sums[k][c] ?? 0) + v;
  };
  for (const i of items) {
    add("declared", i.category, i.eurCents);
    if (i.outcome === "parked") add("parked", i.category, i.eurCents);
    else if (i.outcome === "pending") add("certified", i.category, i.eurCents);
    else {
      add("certified", i.category, i.certifiedCents ?? 0);
      add("deducted", i.category, i.deductedCents ?? 0);
    }
  }
  const declared = withFlatRates(rules, sums.declared);
  const certified = withFlatRates(rules, sums.certified);
  const parkedReal = withFlatRates(rules, sums.parked);
  const deductedReal = withFlatRates(rules, sums.deducted);
  return rules
    .filter((r) => r.inUse)
    .map((r) => {
      const c = r.category;
      const declaredCents = declared[c];
      const certifiedCents = certified[c];
      if (r.flatRatePercent === null || r.flatRateBase === null)
        return {
          category: c,
          declaredCents,
          deductedCents: deductedReal[c],
          parkedCents: parkedReal[c],
          certifiedCents,
        };
      const base = r.flatRateBase;
      const withoutParked = percentOf(declared[base] - parkedReal[base], r.flatRatePercent);
      const parkedCents = declaredCents - withoutParked;
      return {
        category: c,
        declaredCents,
        deductedCents: declaredCents - certifiedCents - parkedCents,
        parkedCents,
        certifiedCents,
      };
    });
}

/** The totals of a certificate's rows. */
export function figureTotals(rows: readonly CertificateCategoryFigures[]) {
  const sum = (k: Exclude<keyof CertificateCategoryFigures, "category">) =>
    rows.reduce((a, r) => a + r[k], 0);
  return {
    declaredCents: sum("declaredCents"),
    deductedCents: sum("deductedCents"),
    parkedCents: sum("parkedCents"),
    certifiedCents: sum("certifiedCents"),
  };
}

/** The project's error types until its lead changes the list (created on the first change). */
export const DEFAULT_ERROR_TYPES: readonly { code: string; label: string }[] = [
  { code: "ineligible_cost", label: "Ineligible cost" },
  { code: "missing_document", label: "Missing supporting document" },
  { code: "public_procurement", label: "Public procurement breach" },
  { code: "calculation_error", label: "Calculation error" },
  { code: "outside_period", label: "Outside the eligibility period" },
  { code: "double_funding", label: "Double funding" },
  { code: "vat_recoverable", label: "VAT recoverable" },
  { code: "other", label: "Other" },
];
