import {
  ACTION_PROGRESS_VALUES,
  POLICY_IMPROVEMENT_STATUSES,
  POLICY_IMPROVEMENT_TYPES,
} from "@consortia/db/schema";
import { z } from "zod";
import { isoDate } from "../learning/schemas";
import { euroDecimal } from "../shared/money";

// Client-safe field rules of monitoring and policy improvements, shared by forms and procedures.

export const PROGRESS_LABELS: Record<(typeof ACTION_PROGRESS_VALUES)[number], string> = {
  not_started: "Not started",
  on_track: "On track",
  delayed: "Delayed",
  completed: "Completed",
};

/** Progress of one action in one reporting period. */
export const monitoringFields = {
  actionId: z.uuid("Choose an action"),
  periodNumber: z
    .number("Choose a reporting period")
    .int("Choose a reporting period")
    .min(1, "Reporting periods are numbered from 1")
    .max(40, "Choose a reporting period of the project"),
  progress: z.enum(ACTION_PROGRESS_VALUES, "Choose the progress"),
  percent: z
    .number("Give a percentage")
    .int("Give a whole percentage")
    .min(0, "At least 0%")
    .max(100, "At most 100%"),
  comment: z.string().trim().max(4000, "At most 4000 characters").default(""),
  /** The row's version when it exists already; left out for the period's first entry. */
  version: z.number().int().positive().optional(),
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

/**
 * Euros as a decimal string (never a float): at most 12 digits before the point and two
 * after it; an empty field means not stated.
 */
export const fundsEur = z
  .string("Give an amount in euros, like 125000.50")
  .trim()
  .refine((s) => !s.startsWith("-"), "Funds mobilised cannot be negative")
  .transform((s) => (s === "" ? null : s))
  .pipe(
    euroDecimal(
      "Give euros with at most two decimals and no separators, like 125000.50",
    ).nullable(),
  )
  .nullable()
  .default(null);

const idList = (what: string) =>
  z
    .array(z.uuid(`Unknown ${what}`))
    .max(50, "At most 50")
    .default([])
    .transform((ids) => [...new Set(ids)]);

/** An improvement may be recorded while expected; achieving it needs the evidence fields. */
export const improvementFields = {
  partnerId: z.uuid("Choose the partner whose instrument improved"),
  policyInstrumentId: z.uuid("Choose the policy instrument"),
  improvementType: z.enum(POLICY_IMPROVEMENT_TYPES, "Choose the type of improvement"),
  title: z
    .string()
    .trim()
    .min(1, "Give the improvement a title")
    .max(200, "At most 200 characters"),
  description: z.string().trim().max(10_000, "At most 10000 characters").default(""),
  improvementDate: isoDate.nullable().default(null),
  fundsMobilisedEur: fundsEur,
  justification: z.string().trim().max(10_000, "At most 10000 characters").default(""),
  actionIds: idList("action"),
  goodPracticeIds: idList("good practice"),
};

export const IMPROVEMENT_LABELS = {
  expected: "expected",
  achieved: "achieved",
  validated: "validated",
} as const;

export const ACHIEVE_REQUIREMENTS = {
  description: "Describe the improvement before marking it achieved",
  improvementDate: "Give the date of the improvement before marking it achieved",
  justification: "Explain why it is a direct result of the project before marking it achieved",
  evidence: "Attach at least one evidence document before marking it achieved",
} as const;

/** Field errors for what marking an improvement achieved needs and the record lacks. */
export function missingForAchievement(v: {
  description: string;
  improvementDate: string | null;
  justification: string;
  evidenceCount: number;
}): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!v.description.trim()) errors.description = [ACHIEVE_REQUIREMENTS.description];
  if (!v.improvementDate) errors.improvementDate = [ACHIEVE_REQUIREMENTS.improvementDate];
  if (!v.justification.trim()) errors.justification = [ACHIEVE_REQUIREMENTS.justification];
  if (v.evidenceCount < 1) errors.evidence = [ACHIEVE_REQUIREMENTS.evidence];
  return errors;
}

export const improvementFilters = {
  partnerId: z.uuid().optional(),
  status: z.enum(POLICY_IMPROVEMENT_STATUSES).optional(),
  improvementType: z.enum(POLICY_IMPROVEMENT_TYPES).optional(),
};

export const revertReason = z
  .string()
  .trim()
  .min(1, "Say why the improvement goes back a step")
  .max(2000, "At most 2000 characters");

export const CHAIN_NODE_KINDS = [
  "good_practice",
  "learning_event",
  "action",
  "policy_improvement",
] as const;

/** Either the chains a partner takes part in, or the chain through one node (not both). */
export const chainFilter = {
  partnerId: z.uuid().optional(),
  startNode: z
    .strictObject({ kind: z.enum(CHAIN_NODE_KINDS, "Unknown kind of node"), id: z.uuid() })
    .optional(),
};

export function checkChainFilter(
  v: { partnerId?: string | undefined; startNode?: unknown },
  ctx: z.RefinementCtx,
) {
  if (v.partnerId && v.startNode)
    ctx.addIssue({
      code: "custom",
      path: ["startNode"],
      message: "Filter by a partner or by a starting node, not both",
    });
}
