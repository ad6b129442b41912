/** Addresses of the documents library, its pages and its file routes. */

export function libraryUrl(projectId: string, folderId?: string | null): string {
  const base = `/projects/${projectId}/documents`;
  return folderId ? `${base}?folder=${encodeURIComponent(folderId)}` : base;
}

export function documentUrl(projectId: string, documentId: string): string {
  return `/projects/${projectId}/documents/${documentId}`;
}

/** The file route: the current version unless `version` is given; `inline` for previews. */
export function documentFileUrl(
  projectId: string,
  documentId: string,
  opts: { version?: number; inline?: boolean } = {},
): string {
  const qs = new URLSearchParams();
  if (opts.version !== undefined) qs.set("v", String(opts.version));
  if (opts.inline) qs.set("inline", "1");
  const query = qs.toString();
  return `/api/projects/${projectId}/documents/${documentId}/file${query ? `?${query}` : ""}`;
}
