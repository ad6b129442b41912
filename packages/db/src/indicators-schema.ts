import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** numeric(14,2): PostgreSQL returns it as a decimal string, never rounded through a float. */
type Decimal = ColumnType<string, string, string>;
type OptionalDecimal = ColumnType<string | null, string | null | undefined, string | null>;

export const INDICATOR_UNITS = ["count", "people", "organisations", "eur"] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Computed from the project's records, or entered by hand with a justification. */
export const INDICATOR_SOURCES = ["computed", "manual"] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/**
 * Which computation a computed indicator uses (DOMAIN.md, "Indicators a project reports").
 * Each appears at most once among a project's live indicators.
 */
export const INDICATOR_COMPUTED_KEYS = [
  "good_practices",
  "learning_events",
  "peer_reviews",
  "people_capacity",
  "instruments_addressed",
  "action_plans",
  "instruments_improved",
  "organisations",
  "funds_mobilised",
] as const;
export type IndicatorComputedKey = (typeof INDICATOR_COMPUTED_KEYS)[number];

/** The unit each computation counts in. */
export const COMPUTED_KEY_UNITS: Record<IndicatorComputedKey, IndicatorUnit> = {
  good_practices: "count",
  learning_events: "count",
  peer_reviews: "count",
  people_capacity: "people",
  instruments_addressed: "count",
  action_plans: "count",
  instruments_improved: "count",
  organisations: "organisations",
  funds_mobilised: "eur",
};

export interface IndicatorTable {
  id: Generated<string>;
  project_id: string;
  /** Short code, unique among the project's live indicators (GP, LE, RCO83 …). */
  code: string;
  name: string;
  unit: IndicatorUnit;
  /** null: no target set yet. */
  target: OptionalDecimal;
  source: IndicatorSource;
  /** Which computation (computed indicators only). */
  computed_key: IndicatorComputedKey | null;
  position: number;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

/**
 * One reporting period's value of an indicator, entered by a lead coordinator: the value of a
 * manual indicator, or an override of a computed one. Either way it carries a justification.
 */
export interface IndicatorValueTable {
  id: Generated<string>;
  project_id: string;
  indicator_id: string;
  period_number: number;
  value: Decimal;
  justification: string;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface IndicatorTables {
  indicators: IndicatorTable;
  indicator_values: IndicatorValueTable;
}

export type Indicator = Selectable<IndicatorTable>;
export type IndicatorValue = Selectable<IndicatorValueTable>;
