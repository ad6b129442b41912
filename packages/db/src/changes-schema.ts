import type { Generated, Selectable } from "kysely";
import type { Audited, Cents, Timestamp } from "./finance-schema";

/** A deduction of certified expenditure found ineligible later (issue 19). */
export interface FinancialCorrectionTable extends Audited {
  id: Generated<string>;
  project_id: string;
  partner_id: string;
  /** The certified item it corrects. */
  item_id: string;
  amount_cents: Cents;
  reason: string;
  /** The submitted report that carried it; null while it waits for the partner's next report. */
  report_id: string | null;
  applied_at: Timestamp | null;
}

export interface ChangesTables {
  financial_corrections: FinancialCorrectionTable;
}

export type FinancialCorrection = Selectable<FinancialCorrectionTable>;
