import type { BadgeProps } from "./status-badge";

export const STATUS_VARIANTS: Record<string, BadgeProps["variant"]> = {
  planned: "outline",
  in_progress: "secondary",
  submitted: "default",
  changes_requested: "warning",
  approved: "success",
};

export const TRANSITION_LABELS: Record<string, string> = {
  create: "Added to the work plan",
  start: "Started",
  submit: "Submitted",
  request_changes: "Changes requested",
  approve: "Approved",
};

export const KIND_LABELS: Record<string, string> = { deliverable: "Deliverable", output: "Output" };
