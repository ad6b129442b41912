import type { DemoMoney } from "@consortia/db";
import { buildModel } from "./report-model";
import { DEFAULT_CATEGORY_RULES, toEuroCents } from "./rules";

/**
 * The finance room's rules as the demo seed (packages/db) takes them: the default cost
 * categories, the conversion rule and the snapshot of a submitted report (the very model
 * `financialReports.submit` keeps), so the demo's figures are exactly what the finance
 * services compute.
 */
export const demoMoney: DemoMoney = {
  categories: DEFAULT_CATEGORY_RULES,
  toEuroCents,
  snapshot: (db, s) => buildModel(db, s.projectId, s.partnerId, s.periodNumber, new Date(s.at)),
};
