import type { RouterInputs } from "@consortia/api/client";
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_TYPE_GROUP_LABELS } from "@/lib/labels";

type SearchInput = RouterInputs["documents"]["search"];
type Category = NonNullable<SearchInput["category"]>;
type TypeGroup = NonNullable<SearchInput["type"]>;

export const PAGE_SIZE = 20;

/** The search as it stands in the address bar; "" means "not set". */
export type SearchValues = {
  q: string;
  partner: string;
  category: Category | "";
  type: TypeGroup | "";
  from: string;
  to: string;
  page: number;
};

export type SearchErrors = Partial<Record<"q" | "from" | "to", string>>;

export const FILTER_KEYS = ["q", "partner", "category", "type", "from", "to"] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

const isCategory = (c: string): c is Category => c in DOCUMENT_CATEGORY_LABELS;
const isTypeGroup = (t: string): t is TypeGroup => t in DOCUMENT_TYPE_GROUP_LABELS;

const validDay = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));

/**
 * Reads the search from the address. Unknown filter values are dropped quietly (an old
 * bookmark should still work); what the person typed gets a clear message instead.
 */
export function readSearch(sp: Record<string, string | string[] | undefined>): {
  values: SearchValues;
  errors: SearchErrors;
} {
  const q = one(sp.q);
  const partner = one(sp.partner);
  const category = one(sp.category);
  const type = one(sp.type);
  const from = one(sp.from);
  const to = one(sp.to);
  const page = Number(one(sp.page));
  const values: SearchValues = {
    q,
    partner: UUID.test(partner) ? partner : "",
    category: isCategory(category) ? category : "",
    type: isTypeGroup(type) ? type : "",
    from,
    to,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  };
  const errors: SearchErrors = {};
  if (q && q.length < 2) errors.q = "Type at least 2 characters";
  if (q.length > 200) errors.q = "At most 200 characters";
  if (from && !validDay(from)) errors.from = "Use a date like 2026-05-31";
  if (to && !validDay(to)) errors.to = "Use a date like 2026-05-31";
  if (!errors.from && !errors.to && from && to && to < from)
    errors.to = "'To' must not be before 'from'";
  return { values, errors };
}

/** The address of a search, without empty parameters; page 1 is left out. */
export function searchHref(
  projectId: string,
  values: Partial<Record<(typeof FILTER_KEYS)[number], string> & { page: number }>,
): string {
  const qs = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = values[k];
    if (v) qs.set(k, v);
  }
  if (values.page && values.page > 1) qs.set("page", String(values.page));
  const query = qs.toString();
  return `/projects/${projectId}/documents/search${query ? `?${query}` : ""}`;
}
