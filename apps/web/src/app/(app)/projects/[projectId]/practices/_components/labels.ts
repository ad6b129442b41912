import type { GoodPracticeStatus } from "@consortia/db/schema";

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

export const practicesUrl = (projectId: string) => `/projects/${projectId}/practices`;
export const practiceUrl = (projectId: string, id: string) =>
  `/projects/${projectId}/practices/${id}`;
