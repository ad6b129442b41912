import { POLICY_IMPROVEMENT_STATUSES, POLICY_IMPROVEMENT_TYPES } from "@consortia/db/schema";
import { z } from "zod";
import { isoDate } from "../shared/fields";
import { euroDecimal } from "../shared/money";

// Client-safe field rules of monitoring and policy improvements, shared by forms and procedures.

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
