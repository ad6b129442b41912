import type { RouterInputs, RouterOutputs } from "@consortia/api/client";
import { DOCUMENT_CATEGORY_LABELS } from "@/lib/labels";

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Raw = Record<string, string | string[] | undefined>;

function one(sp: Raw, key: string): string {
  const v = sp[key];
  return ((Array.isArray(v) ? v[0] : v) ?? "").trim();
}

const isCategory = (v: string): v is Category => v in DOCUMENT_CATEGORY_LABELS;
const isSort = (v: string): v is Sort => v in SORT_LABELS;

/** Reads the address bar; anything malformed falls back to the default rather than failing. */
export function readParams(sp: Raw): LibraryParams {
  const folder = one(sp, "folder");
  const category = one(sp, "category");
  const partner = one(sp, "partner");
  const tag = one(sp, "tag").toLowerCase();
  const language = one(sp, "language");
  const sort = one(sp, "sort");
  const page = Number(one(sp, "page"));
  const size = Number(one(sp, "size"));
  return {
    folder: UUID.test(folder) ? folder : null,
    category: isCategory(category) ? category : null,
    partner: UUID.test(partner) ? partner : null,
    tag: tag && tag.length <= 40 ? tag : null,
    language: /^[a-z]{2}$/.test(language) ? language : null,
    sort: isSort(sort) ? sort : DEFAULTS.sort,
    dir: one(sp, "dir") === "asc" ? "asc" : one(sp, "dir") === "desc" ? "desc" : DEFAULTS.dir,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULTS.size,
  };
}

/** The library's address for these params; defaults are left out to keep links short. */
export function libraryHref(projectId: string, p: LibraryParams): string {
  const qs = new URLSearchParams();
  if (p.folder) qs.set("folder", p.folder);
  if (p.category) qs.set("category", p.category);
  if (p.partner) qs.set("partner", p.partner);
  if (p.tag) qs.set("tag", p.tag);
  if (p.language) qs.set("language", p.language);
  if (p.sort !== DEFAULTS.sort) qs.set("sort", p.sort);
  if (p.dir !== DEFAULTS.dir) qs.set("dir", p.dir);
  if (p.page !== 1) qs.set("page", String(p.page));
  if (p.size !== DEFAULTS.size) qs.set("size", String(p.size));
  const query = qs.toString();
  return `/projects/${projectId}/documents${query ? `?${query}` : ""}`;
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
