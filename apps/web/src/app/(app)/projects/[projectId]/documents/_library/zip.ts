/** The streamed zip route: a selection of documents, or every document of one folder. */
export function zipHref(
  projectId: string,
  what: { ids: string[] } | { folderId: string },
  name: string,
): string {
  const qs = new URLSearchParams(
    "ids" in what ? { ids: what.ids.join(",") } : { folderId: what.folderId },
  );
  // The name becomes the file name: keep it short and free of path separators.
  qs.set(
    "name",
    name
      .replace(/[/\\]+/g, "-")
      .slice(0, 100)
      .trim() || "documents",
  );
  return `/api/projects/${projectId}/documents/zip?${qs}`;
}
