/**
 * Amounts on the finance pages: integer cents shown with two decimals and a thousands
 * separator ("1,234,567.89"), computed on integers so no float rounding creeps in.
 */
export function formatMoney(cents: number | null | undefined, currency?: string): string {
  if (cents === null || cents === undefined) return "—";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString("en-GB");
  const text = `${sign}${whole}.${String(abs % 100).padStart(2, "0")}`;
  return currency ? `${text} ${currency}` : text;
}

/** Cents as the plain decimal a form field starts from ("1234.56"); "" for none. */
export function amountInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}
