import type { RouterInputs } from "@consortia/api/client";
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_TYPE_GROUP_LABELS } from "@/lib/labels";
import {
  hrefWith,
  isDay,
  param,
  type RawSearchParams,
  readSearchParams,
} from "@/lib/search-params";

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

const isCategory = (c: string): c is Category => c in DOCUMENT_CATEGORY_LABELS;
const isTypeGroup = (t: string): t is TypeGroup => t in DOCUMENT_TYPE_GROUP_LABELS;

const SEARCH_PARAMS = {
  q: param.raw(),
  partner: param.id(),
  category: param.where(isCategory),
  type: param.where(isTypeGroup),
  from: param.raw(),
  to: param.raw(),
  page: param.int(1, 1000),
};

/**
 * Reads the search from the address. Unknown filter values are dropped quietly (an old
 * bookmark should still work); what the person typed gets a clear message instead.
 */
export function readSearch(sp: RawSearchParams): { values: SearchValues; errors: SearchErrors } {
  const p = readSearchParams(SEARCH_PARAMS, sp);
  const values: SearchValues = {
    q: p.q ?? "",
    partner: p.partner ?? "",
    category: p.category ?? "",
    type: p.type ?? "",
    from: p.from ?? "",
    to: p.to ?? "",
    page: p.page ?? 1,
  };
  const { q, from, to } = values;
  const errors: SearchErrors = {};
  if (q && q.length < 2) errors.q = "Type at least 2 characters";
  if (q.length > 200) errors.q = "At most 200 characters";
  if (from && !isDay(from)) errors.from = "Use a date like 2026-05-31";
  if (to && !isDay(to)) errors.to = "Use a date like 2026-05-31";
  if (!errors.from && !errors.to && from && to && to < from)
    errors.to = "'To' must not be before 'from'";
  return { values, errors };
}

/** The address of a search, without empty parameters; page 1 is left out. */
export function searchHref(
  projectId: string,
  values: Partial<Record<(typeof FILTER_KEYS)[number], string> & { page: number }>,
): string {
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, values[k]]));
  return hrefWith(`/projects/${projectId}/documents/search`, {
    ...filters,
    page: values.page !== undefined && values.page > 1 && values.page,
  });
}
