import { formatCents } from "@consortia/api/schemas";

/**
 * Amounts on the finance pages: integer cents shown with two decimals and a thousands
 * separator ("1,234,567.89"), computed on integers so no float rounding creeps in; a dash
 * for no amount, the currency code after when given.
 */
export function formatMoney(cents: number | null | undefined, currency?: string): string {
  if (cents === null || cents === undefined) return "—";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString("en-GB");
  const text = `${sign}${whole}.${String(abs % 100).padStart(2, "0")}`;
  return currency ? `${text} ${currency}` : text;
}

/** Cents in euros, 0 for nothing. */
export const formatEuros = (cents: number | null | undefined) => formatMoney(cents ?? 0);

/** Cents as the plain decimal a form field starts from ("1234.56"); "" for none. */
export function amountInput(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? "" : formatCents(cents);
}
