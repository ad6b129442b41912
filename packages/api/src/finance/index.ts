/**
 * The finance room's public entry point: what other rooms may use (the period report's
 * `finance` section reads the budget and the reported amounts through it). Everything else in
 * this folder is the room's own.
 */
export {
  budgetLines,
  completePlan,
  financeOptions,
  totalsBy,
  versionInForce,
} from "./budget-read";
export { reportAmounts } from "./report-amounts";
export { type ContributionSource, splitFunding, sumCents } from "./rules";
