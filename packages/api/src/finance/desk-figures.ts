import { percentOf, shareOf, sumCents } from "./rules";

/**
 * The money desk's judgements, pure: the underspending light of a partner and the 20 %
 * flexibility rule (DOMAIN.md, "Flexibility and changes"). The desk service feeds them sums
 * read from the database.
 */

export type MoneyLight = "red" | "amber" | "green" | "none";

export const MONEY_LIGHT_LABELS: Record<MoneyLight, string> = {
  red: "Red: far behind plan",
  amber: "Amber: behind plan",
  green: "Green: on plan",
  none: "No report due yet",
};

/**
 * Underspending against the plan to date (the periods whose report is due by today): red
 * below `redPercent` %, amber below `amberPercent` %, green otherwise; "none" while nothing
 * is planned to date. Compared in integers (reported × 100 against plan × threshold), so a
 * partner exactly on a threshold is never put below it by a float.
 */
export function moneyLight(
  reportedCents: number,
  planToDateCents: number,
  amberPercent: number,
  redPercent: number,
): MoneyLight {
  if (planToDateCents <= 0) return "none";
  const reported = BigInt(reportedCents) * 100n;
  const plan = BigInt(planToDateCents);
  if (reported < plan * BigInt(redPercent)) return "red";
  if (reported < plan * BigInt(amberPercent)) return "amber";
  return "green";
}

/** A partner's totals as the flexibility rule reads them. */
export type PartnerTotals = { partnerId: string; budgetCents: number; reportedCents: number };

export type PartnerFlexibility = {
  partnerId: string;
  budgetCents: number;
  reportedCents: number;
  /** flexibility % of its own budget, rounded per the rule: how far it may go over at most. */
  allowanceCents: number;
  /** How much it is over its own budget (0 when within). */
  overCents: number;
  /** How much more it may still report over its own budget (0 when the allowance is used up). */
  mayStillExceedCents: number;
  /** Over by more than the allowance: only a formal budget change allows this. */
  beyondFlexibility: boolean;
  /** What the other partners must leave unspent to compensate this partner's excess. */
  othersMustCompensateCents: number;
};

/**
 * The flexibility rule: a partner may exceed its own total budget by up to `flexibilityPercent`
 * % if the others compensate, so the partnership stays within its total budget. Per partner:
 * its allowance, how much of it is left, how much it is over (which the others must leave
 * unspent); for the partnership: the excess to compensate, what the partners within budget
 * have left, and whether the total stays within the budget.
 */
export function flexibility(partners: readonly PartnerTotals[], flexibilityPercent: number) {
  const rows: PartnerFlexibility[] = partners.map((p) => {
    const allowanceCents = percentOf(p.budgetCents, String(flexibilityPercent));
    const overCents = Math.max(0, p.reportedCents - p.budgetCents);
    return {
      ...p,
      allowanceCents,
      overCents,
      mayStillExceedCents: Math.max(0, allowanceCents - overCents),
      beyondFlexibility: overCents > allowanceCents,
      othersMustCompensateCents: overCents,
    };
  });
  const budgetCents = sumCents(rows.map((r) => r.budgetCents));
  const reportedCents = sumCents(rows.map((r) => r.reportedCents));
  return {
    partners: rows,
    total: {
      budgetCents,
      reportedCents,
      overCents: sumCents(rows.map((r) => r.overCents)),
      /** What the partners within their budget have not reported yet. */
      unspentCents: sumCents(rows.map((r) => Math.max(0, r.budgetCents - r.reportedCents))),
      withinBudget: reportedCents <= budgetCents,
      percentOfBudget: shareOf(reportedCents, budgetCents),
    },
  };
}
