import { CONTRIBUTION_KINDS, COST_CATEGORIES, LEGAL_STATUSES } from "@consortia/db/schema";
import { z } from "zod";
import { isoDate, periodNumber } from "../shared/fields";

// Client-safe field rules of the budget: options, partners' finance, the spending plan and the
// template import, shared by the forms and the procedures.

export { CATEGORY_LABELS, CONTRIBUTION_KIND_LABELS, LEGAL_STATUS_LABELS } from "./labels";

/** The largest amount of one budget cell or lump sum: EUR 1 000 000 000.00. */
export const MAX_BUDGET_CENTS = 100_000_000_000;

/** A rate in percent as an exact decimal string: above 0, at most 100, two decimals. */
export const percentRate = z
  .string("Give a percentage, like 15 or 7.5")
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "Give a percentage, like 15 or 7.5")
  .refine((s) => Number(s) > 0 && Number(s) <= 100, "Give a percentage above 0 and at most 100");

const wholePercent = (what: string) =>
  z
    .number(`Give the ${what} in percent`)
    .int(`Give the ${what} as a whole percentage`)
    .min(0, "At least 0 %")
    .max(100, "At most 100 %");

/** Cents of an amount in the budget: 0 to EUR 1 billion. */
export const budgetCents = z
  .number("Give an amount")
  .int("Give the amount in whole cents")
  .min(0, "An amount cannot be negative")
  .max(MAX_BUDGET_CENTS, "At most EUR 1 000 000 000.00");

/** The version a save is based on; 0 for a record never saved (the defaults). */
export const baseVersion = z
  .number("Give the version you read")
  .int("Give the version you read")
  .min(0, "Give the version you read")
  .max(2_147_483_647, "Give the version you read");

export const categoryRuleInput = z.strictObject({
  category: z.enum(COST_CATEGORIES, "Choose a cost category"),
  inUse: z.boolean("Say whether the category is used"),
  /** null: a real-cost category; else the flat rate in percent of `flatRateBase`. */
  flatRatePercent: percentRate.nullable(),
  flatRateBase: z
    .enum(COST_CATEGORIES, "Choose the category the flat rate is computed on")
    .nullable(),
});

export const optionsFields = {
  categories: z.array(categoryRuleInput).min(1).max(COST_CATEGORIES.length),
  amberPercent: wholePercent("amber threshold"),
  redPercent: wholePercent("red threshold"),
  flexibilityPercent: wholePercent("flexibility"),
  version: baseVersion,
};

/** An ISO 4217 code the platform knows (EUR for the euro area). */
export const currencyCode = z
  .string("Give a currency code, like EUR or SEK")
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "Give a three-letter currency code, like EUR or SEK")
  .refine(
    (c) => Intl.supportedValuesOf("currency").includes(c),
    "Unknown currency: give an ISO 4217 code, like EUR, SEK or PLN",
  );

export const contributionInput = z.strictObject({
  name: z
    .string("Name the source")
    .trim()
    .min(1, "Name the source")
    .max(200, "At most 200 characters"),
  kind: z.enum(CONTRIBUTION_KINDS, "Choose public, automatic public or private"),
  amountCents: budgetCents,
});

export const partnerFinanceFields = {
  partnerId: z.uuid("Choose a partner"),
  legalStatus: z.enum(LEGAL_STATUSES, "Choose a legal status"),
  /** Only for `other`; the other statuses have their rate (80 % or 70 %). */
  cofinancingPercent: percentRate.nullable(),
  currency: currencyCode,
  lumpSumCents: budgetCents,
  contributions: z.array(contributionInput).max(20, "At most 20 contribution sources"),
  /** null: the partnership agreement is not signed. */
  agreementSignedOn: isoDate.nullable(),
  version: baseVersion,
};

export const budgetLineInput = z.strictObject({
  partnerId: z.uuid("Choose a partner"),
  category: z.enum(COST_CATEGORIES, "Choose a cost category"),
  periodNumber,
  amountCents: z.number("Give an amount").int("Give the amount in whole cents"),
});

export const saveLinesFields = {
  lines: z.array(budgetLineInput).min(1, "Nothing to save").max(5000, "At most 5000 cells at once"),
  version: baseVersion,
};

/** The template file as sent by the page: at most 2 MB once decoded. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const importFields = {
  fileName: z.string("Choose a file").trim().min(1, "Choose a file").max(255),
  contentBase64: z
    .string("Choose a file")
    .min(1, "The file is empty")
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4, "The file is larger than 2 MB"),
  version: baseVersion,
};
