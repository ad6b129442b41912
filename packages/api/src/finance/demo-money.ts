import type { DemoMoney } from "@consortia/db";
import { DEFAULT_CATEGORY_RULES, toEuroCents } from "./rules";
import { buildSnapshot } from "./snapshot";

/**
 * The finance room's rules as the demo seed (packages/db) takes them: the default cost
 * categories, the conversion rule and the snapshot of a submitted report, so the demo's
 * figures are exactly what the finance services compute.
 */
export const demoMoney: DemoMoney = {
  categories: DEFAULT_CATEGORY_RULES,
  toEuroCents,
  snapshot: (input) => buildSnapshot({ ...input, rules: DEFAULT_CATEGORY_RULES }),
};
