/**
 * "1 document matches", "1,169 documents match", or "3,000+ documents match" when the search
 * stopped counting at its cap (SEARCH_CAP in packages/api/src/documents/search.ts).
 */
export function countText(found: { total: number; totalIsLowerBound: boolean }): string {
  const n = found.total.toLocaleString("en");
  if (found.totalIsLowerBound) return `${n}+ documents match`;
  return `${n} ${found.total === 1 ? "document matches" : "documents match"}`;
}
