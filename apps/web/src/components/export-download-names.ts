/** Plain helpers of ./export-download (no React, so they are testable in node). */
const SIZE = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
export const formatBytes = (n: number) =>
  n < 1024
    ? `${n} B`
    : n < 1024 ** 2
      ? `${SIZE.format(n / 1024)} KB`
      : `${SIZE.format(n / 1024 ** 2)} MB`;

/** The file name of a Content-Disposition header: the UTF-8 `filename*`, else `filename`. */
export function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const star = header.match(/filename\*=UTF-8''([^;]+)/i);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // A malformed name falls back to the ASCII one.
    }
  }
  return header.match(/filename="([^"]+)"/i)?.[1] ?? null;
}
