import type { CostCategory, Db } from "@consortia/db";
import { invalid } from "../errors";
import { projectSchedule } from "../shared/project-calendar";
import { projectPartners } from "../shared/project-partners";
import { type BudgetLine, type FinanceOptions, financeOptions } from "./budget-read";
import { CATEGORY_LABELS, MAX_BUDGET_CENTS } from "./budget-schemas";

/**
 * The cells of a spending plan checked one by one (typed in the grid or read from the
 * template): a partner of the project, a real-cost category in use, a period of the project
 * calendar, an amount from 0 to EUR 1 billion.
 */

/** What a plan's cells are checked against: the options, the periods and the partners. */
export type PlanFrame = {
  options: FinanceOptions;
  periods: { number: number; start: string; end: string }[];
  partners: { id: string; shortName: string; name: string }[];
};

export async function planFrame(db: Db, projectId: string): Promise<PlanFrame> {
  const [options, schedule, partners] = await Promise.all([
    financeOptions(db, projectId),
    projectSchedule(db, projectId),
    projectPartners(db, projectId),
  ]);
  return {
    options,
    periods: schedule.periods.map((p) => ({ number: p.number, start: p.start, end: p.end })),
    partners: partners.map((p) => ({ id: p.id, shortName: p.shortName, name: p.name })),
  };
}

/** The real-cost categories in use: the only ones a plan's cells are typed for. */
export const realCategories = (options: FinanceOptions): CostCategory[] =>
  options.categories.filter((c) => c.inUse && c.flatRatePercent === null).map((c) => c.category);

/** What is wrong with a category of a cell, or null. */
export function categoryProblem(frame: PlanFrame, category: CostCategory): string | null {
  const rule = frame.options.categories.find((c) => c.category === category);
  const name = CATEGORY_LABELS[category];
  if (!rule?.inUse) return `${name} is not a cost category this project uses`;
  if (rule.flatRatePercent !== null)
    return `${name} is a flat rate (${rule.flatRatePercent} % of ${CATEGORY_LABELS[rule.flatRateBase ?? "staff"]}): it is computed, never typed`;
  return null;
}

export function periodProblem(frame: PlanFrame, periodNumber: number): string | null {
  if (frame.periods.some((p) => p.number === periodNumber)) return null;
  return frame.periods.length
    ? `The project's reporting periods are 1 to ${frame.periods.length}`
    : "The project has no reporting periods";
}

export function amountProblem(cents: number): string | null {
  if (!Number.isSafeInteger(cents)) return "Give an amount in euros, like 1234.56";
  if (cents < 0) return "An amount cannot be negative";
  if (cents > MAX_BUDGET_CENTS) return "At most EUR 1 000 000 000.00";
  return null;
}

/** Cells checked against the frame; a field error per bad cell (`lines.<i>.<field>`). */
export function checkLines(frame: PlanFrame, lines: readonly BudgetLine[]) {
  const errors: Record<string, string[]> = {};
  const partnerIds = new Set(frame.partners.map((p) => p.id));
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const add = (field: string, message: string) => {
      errors[`lines.${i}.${field}`] = [message];
    };
    if (!partnerIds.has(l.partnerId)) add("partnerId", "This partner is not part of the project");
    const category = categoryProblem(frame, l.category);
    if (category) add("category", category);
    const period = periodProblem(frame, l.periodNumber);
    if (period) add("periodNumber", period);
    const amount = amountProblem(l.amountCents);
    if (amount) add("amountCents", amount);
    const key = `${l.partnerId}|${l.category}|${l.periodNumber}`;
    if (seen.has(key)) add("amountCents", "This cell is given twice");
    seen.add(key);
  });
  if (Object.keys(errors).length) {
    const first = Object.values(errors)[0]?.[0] ?? "";
    throw invalid(`Some cells need attention: ${first}`, errors);
  }
}
