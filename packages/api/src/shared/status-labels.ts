import type { DeliverableStatus } from "@consortia/db/schema";

/**
 * A deliverable's status as people read it, wherever it is shown: the pages, the calendar
 * feed. Client-safe (re-exported by `schemas.ts`).
 */
export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = {
  planned: "Planned",
  in_progress: "In progress",
  submitted: "Submitted",
  changes_requested: "Changes requested",
  approved: "Approved",
};
