/**
 * The payments room's public entry point (issue 19, "Payments"): money the programme pays the
 * lead partner per claim and the transfers to the partners. The ledger itself (shares, owed,
 * waiting) is derived in the finance room (finance/payment-ledger.ts), which the money desk
 * reads too; this room records payments and transfers and shows them.
 */
export type { PaymentsOverview } from "./payments-read";
