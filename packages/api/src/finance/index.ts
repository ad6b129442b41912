/**
 * The finance room's public entry point: what other rooms may use (the period report's
 * `finance` section reads the budget and the reported amounts through it). Everything else in
 * this folder is the room's own.
 */
export {
  budgetLines,
  cofinancingOf,
  completePlan,
  financeOptions,
  totalsBy,
  versionInForce,
} from "./budget-read";
export { appliedCorrections, lessCorrections } from "./corrections-read";
export type { Ledger, LedgerProblem, PartnerPosition } from "./payment-ledger";
export {
  DEFAULT_PAYMENT_WAIT_DAYS,
  loadPaymentBook,
  type PaymentBook,
  paymentTotals,
  seesPaymentPosition,
  waitingTooLong,
} from "./payment-load";
export { reportAmounts } from "./report-amounts";
export {
  type ContributionSource,
  formatCents,
  splitByWeights,
  splitFunding,
  sumCents,
} from "./rules";
