import { controlsPartner, isObserver, isStaff, type RoleHolder } from "../shared/roles";

/**
 * Who sees how much of a partner's expenditure (issue 18, "Privacy"), decided once here and
 * applied in every list, report, export and search of the finance room:
 *
 * - `full`: the partner's own people (its editors and viewers): every item with the staff-cost
 *   details (person, role, basis, share or hours, salary) and the evidence.
 * - `items`: lead coordinators, platform admins and observers: every item except staff-cost
 *   lines, which they see only as the staff-cost total per category; no personal details.
 * - `totals`: people of other partners: totals per cost category only, no items.
 *
 * The partner's controller (part 2) reads `full` for the partners assigned to it, and `items`
 * for the others, as an observer.
 */
export type FinanceView = "full" | "items" | "totals";

export function financeView(access: RoleHolder, partnerId: string): FinanceView {
  if (controlsPartner(access, partnerId)) return "full";
  if (access.partnerId === partnerId && isStaff(access)) return "full";
  if (access.isLead || isObserver(access)) return "items";
  return "totals";
}

/** The staff-cost fields only `full` readers receive. */
export const STAFF_DETAIL_FIELDS = [
  "staffPerson",
  "staffRole",
  "staffBasis",
  "staffSharePercent",
  "staffHours",
  "staffSalaryCents",
] as const;
