import {
  COMPUTED_KEY_UNITS,
  INDICATOR_COMPUTED_KEYS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
  type IndicatorComputedKey,
  type IndicatorUnit,
} from "@consortia/db/schema";
import { z } from "zod";
import { periodNumber, version } from "../shared/fields";

// Client-safe field rules of the indicator catalogue and its values, shared by forms and
// procedures.

export const INDICATOR_UNIT_LABELS: Record<IndicatorUnit, string> = {
  count: "Number",
  people: "People",
  organisations: "Organisations",
  eur: "EUR",
};

export const COMPUTED_KEY_LABELS: Record<IndicatorComputedKey, string> = {
  good_practices: "Good practices validated by the programme (on their validation date)",
  learning_events: "Learning events held (on their start date)",
  peer_reviews: "Peer reviews held (on their start date)",
  people_capacity:
    "People with increased capacity, each counted once in a period and once in the cumulative however many events they attended (members by account, guests by e-mail where given, else each participation), on their event's start date",
  instruments_addressed: "Policy instruments addressed (when recorded)",
  action_plans: "Action plans finalised (on their finalisation)",
  instruments_improved: "Policy instruments with a validated improvement (first validation)",
  organisations: "Partners of the project (in the first period)",
  funds_mobilised: "Funds of validated improvements (on their validation date)",
};

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** A non-negative decimal as a string (never a float): at most 12 digits and two decimals. */
export const amount = z
  .string("Give a number, like 12 or 125000.50")
  .trim()
  .min(1, "Give a number, like 12 or 125000.50")
  .refine((s) => !s.startsWith("-"), "Cannot be negative")
  .refine(
    (s) => s.startsWith("-") || AMOUNT.test(s),
    "Give a number with at most two decimals and no separators, like 125000.50",
  );

/** A target, or none yet (an empty field). */
export const indicatorTarget = z
  .string("Give a target, like 20")
  .trim()
  .transform((s) => (s === "" ? null : s))
  .pipe(amount.nullable())
  .nullable()
  .default(null);

export const indicatorCode = z
  .string("Give a short code, like GP")
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9._-]{0,15}$/, "Letters and digits, at most 16, like GP or RCO83");

export const indicatorFields = {
  code: indicatorCode,
  name: z
    .string("Give the indicator's name")
    .trim()
    .min(3, "At least 3 characters")
    .max(200, "At most 200 characters"),
  unit: z.enum(INDICATOR_UNITS, "Choose a unit"),
  target: indicatorTarget,
  /** Where it appears in the catalogue; a new indicator goes last when left out. */
  position: z.number().int().min(1, "At least 1").max(999, "At most 999").optional(),
};

export const newIndicatorFields = {
  ...indicatorFields,
  source: z.enum(INDICATOR_SOURCES, "Choose computed or entered by hand"),
  computedKey: z.enum(INDICATOR_COMPUTED_KEYS, "Choose what is counted").nullable().default(null),
};

/** Whole numbers except for euros. */
export function checkWhole(unit: IndicatorUnit, value: string): string | null {
  if (unit === "eur" || /^\d+(\.0{1,2})?$/.test(value)) return null;
  return unit === "count"
    ? "Give a whole number"
    : `Give a whole number of ${INDICATOR_UNIT_LABELS[unit].toLowerCase()}`;
}

/** A computed indicator names its computation and counts in its unit; a manual one has none. */
export function checkIndicator(
  v: {
    source?: string;
    computedKey?: IndicatorComputedKey | null;
    unit: IndicatorUnit;
    target: string | null;
  },
  ctx: z.RefinementCtx,
) {
  if (v.source === "computed" && !v.computedKey)
    ctx.addIssue({ code: "custom", path: ["computedKey"], message: "Choose what is counted" });
  if (v.source === "manual" && v.computedKey)
    ctx.addIssue({
      code: "custom",
      path: ["computedKey"],
      message: "An indicator entered by hand has no computation",
    });
  if (v.source === "computed" && v.computedKey && COMPUTED_KEY_UNITS[v.computedKey] !== v.unit)
    ctx.addIssue({
      code: "custom",
      path: ["unit"],
      message: `This computation counts in ${INDICATOR_UNIT_LABELS[COMPUTED_KEY_UNITS[v.computedKey]]}`,
    });
  const whole = v.target === null ? null : checkWhole(v.unit, v.target);
  if (whole) ctx.addIssue({ code: "custom", path: ["target"], message: whole });
}

export { periodNumber };

/**
 * A period's value entered by hand: a manual indicator's value or an override of a computed
 * one. Either needs a justification (the programme asks where a number comes from).
 */
export const indicatorValueFields = {
  indicatorId: z.uuid("Choose an indicator"),
  periodNumber,
  value: amount,
  justification: z
    .string("Give a justification")
    .trim()
    .min(1, "Give a justification: where does this number come from?")
    .max(2000, "At most 2000 characters"),
  /** The value's version when one exists already; left out for the period's first value. */
  version: version.optional(),
};
