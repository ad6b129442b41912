import type { RouterInputs } from "@consortia/api/client";

// What the library's uploader and the evidence uploads of records (monitoring, deliverables,
// improvements) send to the one upload route, `/api/projects/:id/documents`.

type Update = RouterInputs["documents"]["update"];

/** The details shared by one batch of files, chosen once in the upload panel. */
export type BatchMeta = {
  category: Update["category"];
  visibility: Update["visibility"];
  language: string | null;
  tags: string[];
  /** Sent only by leads filing for another partner; others own what they upload. */
  ownerPartnerId: string | null;
  folderId: string | null;
};

/** The upload route takes the bytes as the body and the details in the query (see http.ts). */
export function uploadUrl(projectId: string, item: { title: string; meta: BatchMeta }): string {
  const { meta } = item;
  const qs = new URLSearchParams({
    title: item.title,
    category: meta.category,
    visibility: meta.visibility,
  });
  if (meta.folderId) qs.set("folderId", meta.folderId);
  if (meta.ownerPartnerId) qs.set("ownerPartnerId", meta.ownerPartnerId);
  if (meta.language) qs.set("language", meta.language);
  if (meta.tags.length) qs.set("tags", meta.tags.join(","));
  return `/api/projects/${projectId}/documents?${qs}`;
}

/** "Minutes 2026-03.final.pdf" → "Minutes 2026-03.final". */
export function titleFromFileName(name: string): string {
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  return base.trim().slice(0, 200) || name.slice(0, 200);
}
