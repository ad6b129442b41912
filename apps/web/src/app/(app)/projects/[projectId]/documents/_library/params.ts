import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import { DOCUMENT_CATEGORY_LABELS } from "@/lib/labels";
import { hrefWith, param, type RawSearchParams, readSearchParams } from "@/lib/search-params";

export type ListInput = RouterInputs["documents"]["list"];
export type ListData = RouterOutputs["documents"]["list"];
export type DocumentItem = ListData["documents"][number];
export type FolderItem = ListData["folders"][number];
export type Facets = RouterOutputs["documents"]["facets"];
export type Sort = NonNullable<ListInput["sort"]>;
type Category = NonNullable<ListInput["category"]>;

/**
 * What the person may do here, from the project's flags; the API checks every action again.
 * `actForAnyPartner`: uploads may be filed under any partner, not only the person's own.
 */
export type Viewer = {
  actForAnyPartner: boolean;
  canContribute: boolean;
  partnerId: string | null;
};

/** The library's state as it lives in the address bar (folder, filters, sort, page). */
export type LibraryParams = {
  folder: string | null;
  category: Category | null;
  partner: string | null;
  tag: string | null;
  language: string | null;
  sort: Sort;
  dir: "asc" | "desc";
  page: number;
  size: number;
};

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULTS: LibraryParams = {
  folder: null,
  category: null,
  partner: null,
  tag: null,
  language: null,
  sort: "updated",
  dir: "desc",
  page: 1,
  size: 50,
};

export const SORT_LABELS: Record<Sort, string> = {
  updated: "Last updated",
  title: "Title",
  size: "Size",
  category: "Category",
  owner: "Owning partner",
};

const isCategory = (v: string): v is Category => v in DOCUMENT_CATEGORY_LABELS;
const isSort = (v: string): v is Sort => v in SORT_LABELS;

const LIBRARY_PARAMS = {
  folder: param.id(),
  category: param.where(isCategory),
  partner: param.id(),
  tag: param.text(40, { lower: true, tooLong: "drop" }),
  language: param.where((v): v is string => /^[a-z]{2}$/.test(v)),
  sort: param.where(isSort),
  dir: param.oneOf(["asc", "desc"]),
  page: param.int(1, 10_000),
  size: param.intIn(PAGE_SIZES),
};

/** Reads the address bar; anything malformed falls back to the default rather than failing. */
export function readParams(sp: RawSearchParams): LibraryParams {
  const q = readSearchParams(LIBRARY_PARAMS, sp);
  return {
    folder: q.folder ?? null,
    category: q.category ?? null,
    partner: q.partner ?? null,
    tag: q.tag ?? null,
    language: q.language ?? null,
    sort: q.sort ?? DEFAULTS.sort,
    dir: q.dir ?? DEFAULTS.dir,
    page: q.page ?? 1,
    size: q.size ?? DEFAULTS.size,
  };
}

/** The library's address for these params; defaults are left out to keep links short. */
export function libraryHref(projectId: string, p: LibraryParams): string {
  return hrefWith(`/projects/${projectId}/documents`, {
    folder: p.folder,
    category: p.category,
    partner: p.partner,
    tag: p.tag,
    language: p.language,
    sort: p.sort !== DEFAULTS.sort && p.sort,
    dir: p.dir !== DEFAULTS.dir && p.dir,
    page: p.page !== 1 && p.page,
    size: p.size !== DEFAULTS.size && p.size,
  });
}

/** Another folder, with the same sort and page size but no filters. */
export function folderHref(projectId: string, p: LibraryParams, folder: string | null): string {
  return libraryHref(projectId, { ...DEFAULTS, sort: p.sort, dir: p.dir, size: p.size, folder });
}

export const hasFilters = (p: LibraryParams) =>
  Boolean(p.category || p.partner || p.tag || p.language);

export function listInput(projectId: string, p: LibraryParams): ListInput {
  return {
    projectId,
    folderId: p.folder,
    category: p.category ?? undefined,
    ownerPartnerId: p.partner ?? undefined,
    tag: p.tag ?? undefined,
    language: p.language ?? undefined,
    sort: p.sort,
    direction: p.dir,
    page: p.page,
    pageSize: p.size,
  };
}
