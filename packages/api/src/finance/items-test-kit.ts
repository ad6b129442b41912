import type { Harness } from "../testing/harness";
import { TRAVEL_ITEM } from "./expenditure.matrix";

/** Helpers of the expenditure tests: an item input, a report's items, a report forced into a status. */
export const item = (over: Partial<typeof TRAVEL_ITEM> = {}) => ({ ...TRAVEL_ITEM, ...over });

export const STAFF = item({
  category: "staff",
  description: "Project manager, March",
  invoiceNumber: "",
  totalInvoice: "",
  declared: "2000",
  staffPerson: "Astrid Berg",
  staffRole: "Project manager",
  staffBasis: "part_time_fixed",
  staffSharePercent: "50",
  staffSalary: "4000",
});

export function itemsOf(h: Harness, partnerId: string) {
  return h.db
    .selectFrom("expenditure_items")
    .selectAll()
    .where("partner_id", "=", partnerId)
    .orderBy("position")
    .execute();
}

/** Puts a report into a status as its own workflow (part of another room) would. */
export async function forceStatus(
  h: Harness,
  partnerId: string,
  periodNumber: number,
  status: "submitted" | "returned",
  rateMonth = "2026-12-01",
) {
  await h.db
    .updateTable("financial_reports")
    .set({ status, latest_version: 1, submitted_at: new Date(), rate_month: rateMonth })
    .where("partner_id", "=", partnerId)
    .where("period_number", "=", periodNumber)
    .execute();
}
