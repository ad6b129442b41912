import { z } from "zod";
import { version } from "../shared/fields";
import { MAX_BUDGET_CENTS } from "./budget-schemas";

// Client-safe field rules of financial corrections (issue 19).

export const addCorrectionFields = {
  itemId: z.uuid("Choose the certified item to correct"),
  amountCents: z
    .number("Give the amount to deduct")
    .int("Give the amount in whole cents")
    .min(1, "The amount to deduct must be above 0")
    .max(MAX_BUDGET_CENTS, "At most EUR 1 000 000 000.00"),
  reason: z
    .string("Say why the expenditure is ineligible")
    .trim()
    .min(1, "Say why the expenditure is ineligible")
    .max(5000, "At most 5000 characters"),
};

export const removeCorrectionFields = { id: z.uuid("Choose a correction"), version };

export const partnerFilter = { partnerId: z.uuid("Choose a partner") };
export const correctionsFilter = { partnerId: z.uuid("Choose a partner").optional() };
