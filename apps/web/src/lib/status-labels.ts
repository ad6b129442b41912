import type {
  ActionPlanStatus,
  ActionStatus,
  DeliverableStatus,
  GoodPracticeStatus,
  PolicyImprovementStatus,
} from "@consortia/db/schema";
import { ACTION_STATUS_LABELS, IMPROVEMENT_STATUS_LABELS, PLAN_STATUS_TEXT } from "./policy-labels";
import { DELIVERABLE_STATUS_LABELS, PRACTICE_STATUS_LABELS } from "./record-labels";

/** The kinds of record whose status a page shows beside them (chain nodes, report tables). */
export type StatusKind =
  | "deliverable"
  | "output"
  | "good_practice"
  | "action_plan"
  | "action"
  | "policy_improvement"
  | "learning_event"
  | "peer_review";

const LABELS: Partial<Record<StatusKind, Record<string, string>>> = {
  deliverable: DELIVERABLE_STATUS_LABELS satisfies Record<DeliverableStatus, string>,
  output: DELIVERABLE_STATUS_LABELS,
  good_practice: PRACTICE_STATUS_LABELS satisfies Record<GoodPracticeStatus, string>,
  action_plan: PLAN_STATUS_TEXT satisfies Record<ActionPlanStatus, string>,
  action: ACTION_STATUS_LABELS satisfies Record<ActionStatus, string>,
  policy_improvement: IMPROVEMENT_STATUS_LABELS satisfies Record<PolicyImprovementStatus, string>,
};

/**
 * A record's status as people read it ("In progress", never `in_progress`); null when the
 * record has none. A status without a label (a new one the labels lack) is still written in
 * words, so no code ever reaches the page.
 */
export function statusLabel(kind: StatusKind, status: string | null): string | null {
  if (!status) return null;
  const label = LABELS[kind]?.[status];
  if (label) return label;
  const words = status.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
