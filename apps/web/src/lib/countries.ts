import { COUNTRIES } from "@consortia/api/schemas";

/**
 * The countries as choices, sorted by name as people look for them (never by ISO code). Every
 * country list of the app takes this one.
 */
export const COUNTRY_OPTIONS: readonly { value: string; label: string }[] = Object.entries(
  COUNTRIES,
)
  .sort((a, b) => a[1].localeCompare(b[1], "en"))
  .map(([value, label]) => ({ value, label }));
