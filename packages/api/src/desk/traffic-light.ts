import type { DeliverableStatus } from "@consortia/db";
import { isOverdue } from "../deliverables";
import { addDays, daysBetween } from "../shared/calendar";

export type Light = "green" | "amber" | "red";

/**
 * The traffic light of a region (a partner and the deliverables it is responsible for):
 * - red: a deliverable more than 30 days overdue, or two or more overdue;
 * - amber: one deliverable overdue (30 days or less), a deliverable sent back for changes,
 *   or one still not started although it is due within 14 days;
 * - green: none of these.
 * Submitted deliverables wait for the lead partner and never count against the region.
 */
export const LIGHT_RULE = { redDaysLate: 30, redOverdueCount: 2, amberNotStartedDays: 14 };

export type LightRow = { id: string; code: string; status: DeliverableStatus; dueDate: string };

export function trafficLight(
  rows: readonly LightRow[],
  today: string,
): { light: Light; reasons: string[]; ids: string[] } {
  const overdue = rows.filter((r) => isOverdue(r.status, r.dueDate, today));
  const late = overdue.filter((r) => daysBetween(r.dueDate, today) > LIGHT_RULE.redDaysLate);
  const list = (rs: readonly LightRow[]) => rs.map((r) => r.code).join(", ");
  if (late.length > 0 || overdue.length >= LIGHT_RULE.redOverdueCount) {
    const reasons = [`${overdue.length} overdue: ${list(overdue)}`];
    if (late.length) reasons.push(`more than ${LIGHT_RULE.redDaysLate} days late: ${list(late)}`);
    return { light: "red", reasons, ids: overdue.map((r) => r.id) };
  }
  const horizon = addDays(today, LIGHT_RULE.amberNotStartedDays);
  const sentBack = rows.filter((r) => r.status === "changes_requested" && !overdue.includes(r));
  const notStarted = rows.filter(
    (r) => r.status === "planned" && r.dueDate >= today && r.dueDate <= horizon,
  );
  const reasons = [
    ...(overdue.length ? [`overdue: ${list(overdue)}`] : []),
    ...(sentBack.length ? [`changes requested: ${list(sentBack)}`] : []),
    ...(notStarted.length
      ? [`not started, due within ${LIGHT_RULE.amberNotStartedDays} days: ${list(notStarted)}`]
      : []),
  ];
  if (reasons.length === 0) return { light: "green", reasons, ids: [] };
  return {
    light: "amber",
    reasons,
    ids: [...overdue, ...sentBack, ...notStarted].map((r) => r.id),
  };
}
