import { DELIVERABLE_STATUS_LABELS as DELIVERABLE_STATUS_LABEL_LIST } from "@consortia/api/schemas";
import type { GoodPracticeStatus, LearningEventKind } from "@consortia/db/schema";

/** Labels of the records several routes list, link to and count. */

export const PRACTICE_STATUS_LABELS: Record<GoodPracticeStatus, string> = {
  draft: "Draft",
  submitted: "Submitted",
  approved: "Approved",
  returned: "Returned",
  validated: "Validated",
  published: "Published",
};

export const PRACTICE_STATUS_VARIANTS: Record<
  GoodPracticeStatus,
  "secondary" | "outline" | "success" | "warning" | "default"
> = {
  draft: "outline",
  submitted: "secondary",
  approved: "secondary",
  returned: "warning",
  validated: "success",
  published: "default",
};

export const EVENT_KIND_LABELS: Record<LearningEventKind, string> = {
  peer_review: "Peer review",
  study_visit: "Study visit",
  staff_exchange: "Staff exchange",
  interregional_workshop: "Interregional workshop / thematic seminar",
  stakeholder_meeting: "Stakeholder group meeting",
};

/** The API's one list (the calendar feed writes the same words), looked up by any string. */
export const DELIVERABLE_STATUS_LABELS: Record<string, string> = DELIVERABLE_STATUS_LABEL_LIST;
