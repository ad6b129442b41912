import type { CostCategory, Db, FinancialReportStatus } from "@consortia/db";
import { type CategoryRule, sumCents, toEuroCents, withFlatRates } from "./rules";

/**
 * The euro amount of each expenditure item of a report, and the report's sums per cost
 * category (contracts.md, "Rules shared by all"): once a report is submitted, the euro amount
 * converted at submission (`eur_cents`); before that, an estimate at the rate of the current
 * month (euro items: the amount declared). An item whose currency has no rate for the month
 * has no estimate: it counts 0 and the report names the currency as missing a rate.
 */

/** The first day of the month of an instant (UTC), as the rate table keys months. */
export const monthOf = (now: Date) => `${now.toISOString().slice(0, 7)}-01`;

/** Units of each currency for one euro in `month` (the lead's rate table). */
export async function ratesOf(
  db: Db,
  projectId: string,
  month: string,
  currencies: Iterable<string>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(currencies)].filter((c) => c !== "EUR");
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom("exchange_rates")
    .select(["currency", "rate"])
    .where("project_id", "=", projectId)
    .where("month", "=", month)
    .where("currency", "in", wanted)
    .execute();
  return new Map(rows.map((r) => [r.currency, r.rate]));
}

export type AmountSource = {
  currency: string;
  declared_cents: number;
  eur_cents: number | null;
};

export type EuroAmount = {
  /** null: no rate for the item's currency this month, so no estimate. */
  eurCents: number | null;
  /** True until the report is submitted (the amount is converted at submission). */
  estimate: boolean;
};

/** The euro amount of one item of a report with `status`, the rates of the current month known. */
export function euroAmount(
  item: AmountSource,
  status: FinancialReportStatus,
  rates: ReadonlyMap<string, string>,
): EuroAmount {
  if (status === "submitted" && item.eur_cents !== null)
    return { eurCents: item.eur_cents, estimate: false };
  if (item.currency === "EUR") return { eurCents: item.declared_cents, estimate: false };
  const rate = rates.get(item.currency);
  return { eurCents: rate ? toEuroCents(item.declared_cents, rate) : null, estimate: true };
}

/**
 * A report's amounts per category: the real-cost sums of its items' euro amounts, completed
 * with the flat rates computed on those sums (rounded once per category).
 */
export function reportAmounts(
  rules: readonly CategoryRule[],
  items: readonly { category: CostCategory; eurCents: number | null }[],
): Record<CostCategory, number> {
  const groups = new Map<CostCategory, number[]>();
  for (const i of items) {
    const g = groups.get(i.category) ?? [];
    g.push(i.eurCents ?? 0);
    groups.set(i.category, g);
  }
  const real = Object.fromEntries([...groups].map(([c, v]) => [c, sumCents(v)]));
  return withFlatRates(rules, real);
}

/** The sum of a report's amounts over the categories in use. */
export const totalOf = (amounts: Record<CostCategory, number>, inUse: readonly CostCategory[]) =>
  sumCents(inUse.map((c) => amounts[c]));

/**
 * A report's total eligible: its amounts over the categories in use, the preparation lump sum
 * (with the report of period 1 only), less the corrections of earlier periods it carries.
 */
export function reportTotal(o: {
  amounts: Record<CostCategory, number>;
  inUse: readonly CostCategory[];
  periodNumber: number;
  lumpSumCents: number | undefined;
  correctionsCents: number;
}) {
  const lumpSum = o.periodNumber === 1 ? (o.lumpSumCents ?? 0) : 0;
  return sumCents([totalOf(o.amounts, o.inUse), lumpSum]) - o.correctionsCents;
}

/**
 * The amounts per category of each submitted report of a partner before `periodNumber`,
 * summed: the financial overview's "previously reported".
 */
export async function previouslyReported(
  db: Db,
  partnerId: string,
  periodNumber: number,
  rules: readonly CategoryRule[],
): Promise<Partial<Record<CostCategory, number>>> {
  const items = await db
    .selectFrom("expenditure_items as i")
    .innerJoin("financial_reports as r", "r.id", "i.report_id")
    .select(["r.id as reportId", "i.category", "i.eur_cents", "i.currency", "i.declared_cents"])
    .where("r.partner_id", "=", partnerId)
    .where("r.period_number", "<", periodNumber)
    .where("r.status", "=", "submitted")
    .execute();
  const byReport = new Map<string, { category: CostCategory; eurCents: number | null }[]>();
  for (const i of items) {
    const list = byReport.get(i.reportId) ?? [];
    list.push({ category: i.category, eurCents: euroAmount(i, "submitted", new Map()).eurCents });
    byReport.set(i.reportId, list);
  }
  const out: Partial<Record<CostCategory, number>> = {};
  for (const list of byReport.values()) {
    const amounts = reportAmounts(rules, list);
    for (const [c, v] of Object.entries(amounts) as [CostCategory, number][])
      out[c] = (out[c] ?? 0) + v;
  }
  return out;
}
