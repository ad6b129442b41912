import type { DeliverableStatus, DeliverableTransition } from "@consortia/db";

/** Statuses in which the responsible partner still owes work. */
export const OPEN_STATUSES: readonly DeliverableStatus[] = [
  "planned",
  "in_progress",
  "changes_requested",
];

/**
 * Overdue: the due date has passed and the partner has not handed the deliverable in. A
 * submitted deliverable waits for the lead partner's review and is not the partner's delay.
 */
export function isOverdue(status: DeliverableStatus, dueDate: string, today: string): boolean {
  return OPEN_STATUSES.includes(status) && dueDate < today;
}

export type Transition = Exclude<DeliverableTransition, "create">;

/** The workflow: planned → in progress → submitted → approved, or changes requested → submitted. */
export const TRANSITIONS: Record<
  Transition,
  { from: readonly DeliverableStatus[]; to: DeliverableStatus; by: "responsible" | "lead" }
> = {
  start: { from: ["planned"], to: "in_progress", by: "responsible" },
  submit: { from: ["in_progress", "changes_requested"], to: "submitted", by: "responsible" },
  request_changes: { from: ["submitted"], to: "changes_requested", by: "lead" },
  approve: { from: ["submitted"], to: "approved", by: "lead" },
};

const STATUS_LABEL: Record<DeliverableStatus, string> = {
  planned: "planned",
  in_progress: "in progress",
  submitted: "submitted",
  changes_requested: "waiting for changes",
  approved: "approved",
};

const VERB: Record<Transition, string> = {
  start: "started",
  submit: "submitted",
  request_changes: "sent back for changes",
  approve: "approved",
};

/** Why a transition is not possible now, or null when it is. */
export function refusal(code: string, status: DeliverableStatus, t: Transition): string | null {
  const rule = TRANSITIONS[t];
  if (rule.from.includes(status)) return null;
  const allowed = rule.from.map((s) => STATUS_LABEL[s]).join(" or ");
  return `${code} is ${STATUS_LABEL[status]}; only a deliverable that is ${allowed} can be ${VERB[t]}`;
}

export const describeTransition = (code: string, t: Transition) => `${code} ${VERB[t]}`;
