import type { Generated } from "kysely";
import type { Audited, Cents, Timestamp } from "./finance-schema";

/** Money, part 2 (issue 19, "Payments"): migration 0020-payments. */

type SoftDeleted = {
  deleted_at: Timestamp | null;
  deleted_by: string | null;
};

/** A payment the programme made to the lead partner for one or more claims. */
export interface PaymentReceivedTable extends Audited, SoftDeleted {
  id: Generated<string>;
  project_id: string;
  received_on: string;
  amount_cents: Cents;
  note: Generated<string>;
}

/** The claims (period reports) a payment pays. */
export interface PaymentClaimTable {
  payment_id: string;
  period_report_id: string;
}

/** Money the lead partner passed on to one partner. */
export interface PartnerTransferTable extends Audited, SoftDeleted {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  transferred_on: string;
  amount_cents: Cents;
  reference: Generated<string>;
  payment_id: string | null;
}

export interface PaymentTables {
  payments_received: PaymentReceivedTable;
  payment_claims: PaymentClaimTable;
  partner_transfers: PartnerTransferTable;
}
