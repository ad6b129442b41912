import type {
  ControllerDuty,
  ControlOutcome,
  ControlStatus,
  SampleMethod,
} from "@consortia/db/schema";

/** The names people read for the control room's codes (client-safe: pages import them). */

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  in_control: "In control",
  finished: "Certified",
};

export const OUTCOME_LABELS: Record<ControlOutcome, string> = {
  pending: "Pending",
  verified: "Verified",
  deducted: "Deducted",
  parked: "Parked",
};

export const DUTY_LABELS: Record<ControllerDuty, string> = {
  controller: "Controller",
  reviewer: "Reviewer",
};

export const SAMPLE_METHOD_LABELS: Record<SampleMethod, string> = {
  manual: "Picked by the controller",
  random_share: "Random, by share",
  random_count: "Random, by count",
  all: "All items",
};
