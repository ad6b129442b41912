import type { RouterOutputs } from "@consortia/api/client";

export { CATEGORY_LABELS } from "@consortia/api/schemas";

/** The money desk's figures as the finance pages and the desk show them. */
export type MoneyDesk = RouterOutputs["moneyDesk"]["overview"];
export type DeskPartner = MoneyDesk["partners"][number];
export type Light = DeskPartner["light"];

const EUR = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Cents as euros with two decimals and a thousands separator: 123456 → "€1,234.56". */
export const euros = (cents: number) => EUR.format(cents / 100);

/** A share of the plan as the API gives it (one decimal), or a dash without a plan. */
export const percent = (p: number | null) => (p === null ? "–" : `${p.toFixed(1)}%`);

/** The light's dot; its words come from the API (`lightLabel`), so colour is never alone. */
export const LIGHT_DOT: Record<Light, string> = {
  red: "bg-red-600",
  amber: "bg-amber-500",
  green: "bg-emerald-600",
  none: "bg-muted-foreground/40",
};

export const REPORT_STATUS_LABELS: Record<string, string> = {
  none: "Not started",
  draft: "Draft",
  returned: "Returned for changes",
  submitted: "Submitted",
};
