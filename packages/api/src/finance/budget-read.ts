import { COST_CATEGORIES, type CostCategory, type Db } from "@consortia/db";
import {
  type CategoryRule,
  DEFAULT_CATEGORY_RULES,
  DEFAULT_COFINANCING,
  percentOf,
  sumCents,
} from "./rules";

/**
 * Reading a project's budget: its options (with the defaults where none are saved) and the
 * spending plan in force, flat rates computed. Every finance service reads the budget here.
 */

export type FinanceOptions = {
  currency: "EUR";
  amberPercent: number;
  redPercent: number;
  flexibilityPercent: number;
  /** One rule per cost category, in the programme's order. */
  categories: CategoryRule[];
  /** The categories in use, in order. */
  inUse: CostCategory[];
  version: number;
};

/** The project's budget options; the defaults (15 % office and administration, thresholds 75 / 50 %, 20 % flexibility) when none are saved. */
export async function financeOptions(db: Db, projectId: string): Promise<FinanceOptions> {
  const [settings, saved] = await Promise.all([
    db
      .selectFrom("finance_settings")
      .select(["amber_percent", "red_percent", "flexibility_percent", "version"])
      .where("project_id", "=", projectId)
      .executeTakeFirst(),
    db
      .selectFrom("finance_categories")
      .select(["category", "in_use", "flat_rate_percent", "flat_rate_base"])
      .where("project_id", "=", projectId)
      .execute(),
  ]);
  const byCategory = new Map(saved.map((c) => [c.category, c]));
  const categories = saved.length
    ? COST_CATEGORIES.map((category): CategoryRule => {
        const c = byCategory.get(category);
        return c
          ? {
              category,
              inUse: c.in_use,
              flatRatePercent: c.flat_rate_percent === null ? null : trimRate(c.flat_rate_percent),
              flatRateBase: c.flat_rate_base,
            }
          : { category, inUse: false, flatRatePercent: null, flatRateBase: null };
      })
    : DEFAULT_CATEGORY_RULES.map((r) => ({ ...r }));
  return {
    currency: "EUR",
    amberPercent: settings?.amber_percent ?? 75,
    redPercent: settings?.red_percent ?? 50,
    flexibilityPercent: settings?.flexibility_percent ?? 20,
    categories,
    inUse: categories.filter((c) => c.inUse).map((c) => c.category),
    version: settings?.version ?? 0,
  };
}

/** "15.00" → "15", "7.50" → "7.5". */
export const trimRate = (decimal: string) =>
  decimal.includes(".") ? decimal.replace(/\.?0+$/, "") : decimal;

/**
 * A partner's co-financing rate as the fund amounts use it: its saved rate, or the public
 * bodies' rate while its finance is not saved yet (the default of partner_finance).
 */
export const cofinancingOf = (finance: { cofinancing_percent: string | null } | undefined) =>
  trimRate(finance?.cofinancing_percent ?? DEFAULT_COFINANCING.public);

export type BudgetLine = {
  partnerId: string;
  category: CostCategory;
  periodNumber: number;
  amountCents: number;
};

export type BudgetVersionRef = {
  id: string;
  number: number;
  status: "draft" | "approved";
  inForceFrom: string | null;
};

/**
 * The approved budget version in force on `day` (the highest-numbered approved version whose
 * entry into force is not after `day`; version 1 has none and is in force from the start);
 * null before any budget is approved.
 */
export async function versionInForce(
  db: Db,
  projectId: string,
  day: string,
): Promise<BudgetVersionRef | null> {
  const v = await db
    .selectFrom("budget_versions")
    .select(["id", "number", "status", "in_force_from"])
    .where("project_id", "=", projectId)
    .where("status", "=", "approved")
    .where((eb) => eb.or([eb("in_force_from", "is", null), eb("in_force_from", "<=", day)]))
    .orderBy("number", "desc")
    .limit(1)
    .executeTakeFirst();
  return v ? { id: v.id, number: v.number, status: v.status, inForceFrom: v.in_force_from } : null;
}

/** The real-cost lines of one budget version (flat rates are not stored). */
export async function budgetLines(db: Db, versionId: string): Promise<BudgetLine[]> {
  const rows = await db
    .selectFrom("budget_lines")
    .select(["partner_id", "category", "period_number", "amount_cents"])
    .where("budget_version_id", "=", versionId)
    .execute();
  return rows.map((r) => ({
    partnerId: r.partner_id,
    category: r.category,
    periodNumber: r.period_number,
    amountCents: r.amount_cents,
  }));
}

/**
 * The spending plan with flat rates: per partner × period, every category in use (flat-rate
 * categories computed from their base, rounded once per partner × period × category). Lines
 * typed for a category not in use or for a flat-rate category are left out.
 */
export function completePlan(options: FinanceOptions, lines: readonly BudgetLine[]): BudgetLine[] {
  const real = new Set(
    options.categories.filter((c) => c.inUse && c.flatRatePercent === null).map((c) => c.category),
  );
  const out = lines.filter((l) => real.has(l.category));
  const base = new Map<string, number>();
  for (const l of out) {
    const key = `${l.partnerId}|${l.periodNumber}|${l.category}`;
    base.set(key, (base.get(key) ?? 0) + l.amountCents);
  }
  const cells = new Set(out.map((l) => `${l.partnerId}|${l.periodNumber}`));
  for (const rule of options.categories) {
    if (!rule.inUse || rule.flatRatePercent === null || rule.flatRateBase === null) continue;
    for (const cell of cells) {
      const [partnerId = "", period = "0"] = cell.split("|");
      const b = base.get(`${cell}|${rule.flatRateBase}`) ?? 0;
      out.push({
        partnerId,
        category: rule.category,
        periodNumber: Number(period),
        amountCents: percentOf(b, rule.flatRatePercent),
      });
    }
  }
  return out;
}

/** Totals of plan lines by a key (partner, category, period …); each a sum of lines. */
export function totalsBy<K extends string | number>(
  lines: readonly BudgetLine[],
  key: (l: BudgetLine) => K,
): Map<K, number> {
  const groups = new Map<K, number[]>();
  for (const l of lines) {
    const k = key(l);
    const g = groups.get(k);
    if (g) g.push(l.amountCents);
    else groups.set(k, [l.amountCents]);
  }
  return new Map([...groups].map(([k, v]) => [k, sumCents(v)]));
}
