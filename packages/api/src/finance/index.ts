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
// First-level control (control room, issue 19) reads the submitted report and its items,
// computes certified amounts with the same money rules, and adds carried items.
export { CATEGORY_LABELS } from "./labels";
export type { Ledger, LedgerProblem, PartnerPosition } from "./payment-ledger";
export {
  DEFAULT_PAYMENT_WAIT_DAYS,
  loadPaymentBook,
  type PaymentBook,
  paymentTotals,
  seesPaymentPosition,
  waitingTooLong,
} from "./payment-load";
export { euroAmount, reportAmounts } from "./report-amounts";
export { editableReport } from "./report-draft";
export { loadReportItems, type ReportItem } from "./report-items";
export { buildModel, projectPartner } from "./report-model";
export { euroText } from "./report-schemas";
export { recipients } from "./report-steps";
export { reportLink } from "./report-workflow";
export {
  type CategoryRule,
  type ContributionSource,
  formatCents,
  percentOf,
  splitByWeights,
  splitFunding,
  sumCents,
  withFlatRates,
} from "./rules";
