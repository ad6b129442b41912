import { formatCents } from "@consortia/api/schemas";

const EURO = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Cents as euros with two decimals and a thousands separator: 123456789 → "1,234,567.89". */
export const formatEuros = (cents: number) => EURO.format(cents / 100);

/** Cents as a plain amount for an input ("1234.56"; empty for nothing). */
export const amountInput = (cents: number | undefined) =>
  cents === undefined || cents === 0 ? "" : formatCents(cents);
