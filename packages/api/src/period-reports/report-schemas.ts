import {
  PERIOD_REPORT_EXPLANATION_LIMIT,
  PERIOD_REPORT_HIGHLIGHTS_LIMIT,
  WORK_PACKAGE_ACHIEVEMENTS,
} from "@consortia/db/schema";
import { z } from "zod";
import { INT_MAX } from "../shared/fields";
import { contributionPeriod } from "./contribution-schemas";

// Client-safe field rules of a period's consolidated progress report, shared by forms and
// procedures.

export { PERIOD_REPORT_EXPLANATION_LIMIT, PERIOD_REPORT_HIGHLIGHTS_LIMIT };

export const ACHIEVEMENT_LABELS = {
  fully: "Fully achieved",
  partly: "Partly achieved",
  not: "Not achieved",
} as const;

/** The kinds of the learning chain's records a report lists as outputs. */
export const OUTPUT_KIND_LABELS = {
  learning_event: "Learning event",
  peer_review: "Peer review",
  good_practice: "Good practice",
  action_plan: "Action plan",
  policy_improvement: "Policy improvement",
} as const;

export const REOPEN_REASON_MIN = 10;

export const periodNumber = contributionPeriod;
export const reportVersion = z
  .number("Choose a version")
  .int("Choose a version")
  .min(1, "Versions are numbered from 1")
  .max(INT_MAX, "That number is too large");
/** The row's optimistic-locking version; 0 (or nothing) before the first save. */
export const rowVersion = z.number().int().min(0).max(INT_MAX, "That number is too large");

export const workPackageAssessment = z.strictObject({
  workPackageId: z.uuid("Choose a work package"),
  achievement: z.enum(WORK_PACKAGE_ACHIEVEMENTS, "Choose fully, partly or not achieved").nullable(),
  explanation: z
    .string("Write an explanation, or leave it empty")
    .max(PERIOD_REPORT_EXPLANATION_LIMIT, `At most ${PERIOD_REPORT_EXPLANATION_LIMIT} characters`),
});

export const saveFields = {
  periodNumber,
  version: rowVersion.optional(),
  highlights: z
    .string("Write the highlights, or leave them empty")
    .max(PERIOD_REPORT_HIGHLIGHTS_LIMIT, `At most ${PERIOD_REPORT_HIGHLIGHTS_LIMIT} characters`),
  workPackages: z.array(workPackageAssessment).max(100, "At most 100 work packages"),
};

export const reopenReason = z
  .string("Say why the report is reopened")
  .trim()
  .min(
    REOPEN_REASON_MIN,
    `Say why the report is reopened (at least ${REOPEN_REASON_MIN} characters)`,
  )
  .max(2000, "At most 2000 characters");
