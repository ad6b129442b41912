import { z } from "zod";

/**
 * Euro amounts stay decimal strings from the numeric(14,2) column to the client: sums are
 * taken in whole cents as BigInt, so 0.10 + 0.20 is 0.30 and no float ever rounds a total.
 */
const EURO_DECIMAL = /^\d{1,12}(\.\d{1,2})?$/;

/** The base rule of every euro field: at least 0, at most 12 digits and two decimals. */
export const euroDecimal = (message: string) => z.string().regex(EURO_DECIMAL, message);

/** A decimal string ("1234.5", "-0.10") as whole cents, exactly (no float on the way). */
export function toCents(decimal: string): bigint {
  const m = decimal.trim().match(/^(-?)(\d+)(?:\.(\d{1,2}))?$/);
  if (!m) throw new Error(`not a decimal amount: ${decimal}`);
  const cents = BigInt(m[2] ?? "0") * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -cents : cents;
}

/** Whole cents as "1234.50". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** The sum of amounts as "1234.50"; amounts not stated (null) add nothing. */
export function sumEuros(amounts: readonly (string | null)[]): string {
  let total = 0n;
  for (const a of amounts) if (a !== null) total += toCents(a);
  return fromCents(total);
}

/** One amount in the same "1234.50" form (the database already gives two decimals). */
export function twoDecimals(amount: string | null): string | null {
  return amount === null ? null : fromCents(toCents(amount));
}
