import { ACTION_PROGRESS_VALUES } from "@consortia/db/schema";
import { z } from "zod";
import { periodNumber, version } from "../shared/fields";

export const PROGRESS_LABELS: Record<(typeof ACTION_PROGRESS_VALUES)[number], string> = {
  not_started: "Not started",
  on_track: "On track",
  delayed: "Delayed",
  completed: "Completed",
};

/** Progress of one action in one reporting period. */
export const monitoringFields = {
  actionId: z.uuid("Choose an action"),
  periodNumber,
  progress: z.enum(ACTION_PROGRESS_VALUES, "Choose the progress"),
  percent: z
    .number("Give a percentage")
    .int("Give a whole percentage")
    .min(0, "At least 0%")
    .max(100, "At most 100%"),
  comment: z.string().trim().max(4000, "At most 4000 characters").default(""),
  /** The row's version when it exists already; left out for the period's first entry. */
  version: version.optional(),
};

/**
 * Progress and percentage tell one story: a completed action is at 100% and an action at
 * 100% is completed; an action not started is at 0%.
 */
export function checkMonitoring(v: { progress: string; percent: number }, ctx: z.RefinementCtx) {
  if (v.progress === "completed" && v.percent !== 100)
    ctx.addIssue({ code: "custom", path: ["percent"], message: "A completed action is at 100%" });
  if (v.progress !== "completed" && v.percent === 100)
    ctx.addIssue({
      code: "custom",
      path: ["progress"],
      message: "An action at 100% is completed; choose Completed or lower the percentage",
    });
  if (v.progress === "not_started" && v.percent !== 0)
    ctx.addIssue({ code: "custom", path: ["percent"], message: "An action not started is at 0%" });
}
