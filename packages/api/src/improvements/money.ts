/**
 * Euro amounts stay decimal strings from the numeric(14,2) column to the client: sums are
 * taken in whole cents as BigInt, so 0.10 + 0.20 is 0.30 and no float ever rounds a total.
 */
function toCents(amount: string): bigint {
  const [whole = "0", fraction = ""] = amount.trim().split(".");
  const negative = whole.startsWith("-");
  const cents =
    BigInt(whole.replace("-", "") || "0") * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2));
  return negative ? -cents : cents;
}

function fromCents(cents: bigint): string {
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
export function euros(amount: string | null): string | null {
  return amount === null ? null : fromCents(toCents(amount));
}
