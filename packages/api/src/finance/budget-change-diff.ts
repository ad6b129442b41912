import type { CostCategory } from "@consortia/db";
import type { BudgetLine } from "./budget-read";
import { percentOf, shareOf, sumCents } from "./rules";

/**
 * The difference between two complete spending plans (flat rates computed): the version in
 * force ("before") and a draft change ("after"), per partner × category, per period where a
 * cell changed, per partner with the flexibility check, and for the partnership. A change is
 * a formal **major change** when a partner exceeds its budget by more than the flexibility
 * allowance, the partnership total changes, or a partner is added or removed (DOMAIN.md,
 * "Flexibility and changes").
 */

export type Change = {
  beforeCents: number;
  afterCents: number;
  changeCents: number;
  /** The change in percent of "before" (one decimal); null when "before" is 0. */
  changePercent: number | null;
};

const change = (beforeCents: number, afterCents: number): Change => ({
  beforeCents,
  afterCents,
  changeCents: afterCents - beforeCents,
  changePercent: shareOf(afterCents - beforeCents, beforeCents),
});

export type PartnerChange = Change & {
  partnerId: string;
  /** How much the partner may exceed its current total without a formal change. */
  allowanceCents: number;
  beyondFlexibility: boolean;
  added: boolean;
  removed: boolean;
};

export type MajorReason = "flexibility" | "total" | "partners";

export type BudgetDifference = {
  /** False when the two plans are the same cell for cell. */
  changed: boolean;
  cells: (Change & { partnerId: string; category: CostCategory })[];
  periods: (Change & { partnerId: string; category: CostCategory; periodNumber: number })[];
  partners: PartnerChange[];
  total: Change;
  major: { needed: boolean; reasons: MajorReason[] };
};

const sumBy = (lines: readonly BudgetLine[], key: (l: BudgetLine) => string) => {
  const out = new Map<string, number[]>();
  for (const l of lines) out.set(key(l), [...(out.get(key(l)) ?? []), l.amountCents]);
  return new Map([...out].map(([k, v]) => [k, sumCents(v)]));
};

/** Keys of both maps in a stable order, with each side's amount (0 where missing). */
function paired(a: Map<string, number>, b: Map<string, number>) {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.map((k) => ({ key: k, before: a.get(k) ?? 0, after: b.get(k) ?? 0 }));
}

export function budgetDifference(
  before: readonly BudgetLine[],
  after: readonly BudgetLine[],
  flexibilityPercent: number,
  partnerOrder: readonly string[],
): BudgetDifference {
  const cellKey = (l: BudgetLine) => `${l.partnerId}|${l.category}`;
  const periodKey = (l: BudgetLine) => `${l.partnerId}|${l.category}|${l.periodNumber}`;
  const cells = paired(sumBy(before, cellKey), sumBy(after, cellKey))
    .filter((c) => c.before !== 0 || c.after !== 0)
    .map(({ key, before: b, after: a }) => {
      const [partnerId = "", category = "staff"] = key.split("|");
      return { partnerId, category: category as CostCategory, ...change(b, a) };
    });
  const periods = paired(sumBy(before, periodKey), sumBy(after, periodKey))
    .filter((c) => c.before !== c.after)
    .map(({ key, before: b, after: a }) => {
      const [partnerId = "", category = "staff", period = "0"] = key.split("|");
      return {
        partnerId,
        category: category as CostCategory,
        periodNumber: Number(period),
        ...change(b, a),
      };
    });
  const order = (id: string) => {
    const i = partnerOrder.indexOf(id);
    return i === -1 ? partnerOrder.length : i;
  };
  const byOrder = <T extends { partnerId: string }>(rows: T[]) =>
    rows.sort((x, y) => order(x.partnerId) - order(y.partnerId));
  const allowance = `${flexibilityPercent}`;
  const partners = byOrder(
    paired(
      sumBy(before, (l) => l.partnerId),
      sumBy(after, (l) => l.partnerId),
    )
      .filter((p) => p.before !== 0 || p.after !== 0)
      .map(({ key, before: b, after: a }): PartnerChange => {
        const allowanceCents = percentOf(b, allowance);
        return {
          partnerId: key,
          ...change(b, a),
          allowanceCents,
          beyondFlexibility: a - b > allowanceCents,
          added: b === 0 && a > 0,
          removed: b > 0 && a === 0,
        };
      }),
  );
  const total = change(
    sumCents(before.map((l) => l.amountCents)),
    sumCents(after.map((l) => l.amountCents)),
  );
  const reasons: MajorReason[] = [];
  if (partners.some((p) => p.beyondFlexibility && !p.added)) reasons.push("flexibility");
  if (total.changeCents !== 0) reasons.push("total");
  if (partners.some((p) => p.added || p.removed)) reasons.push("partners");
  return {
    changed: periods.length > 0,
    cells: byOrder(cells),
    periods: byOrder(periods),
    partners,
    total,
    major: { needed: reasons.length > 0, reasons },
  };
}

export const MAJOR_REASON_LABELS: Record<MajorReason, string> = {
  flexibility: "a partner exceeds its budget by more than the flexibility allowance",
  total: "the partnership's total budget changes",
  partners: "a partner is added to or removed from the budget",
};
