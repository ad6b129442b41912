export { type BatchMeta, titleFromFileName, uploadUrl } from "@/lib/document-upload";

import type { BatchMeta } from "@/lib/document-upload";

/** A chosen file waiting in the panel for its details. */
export type Draft = { key: string; file: File; title: string };

export type UploadStatus = "queued" | "uploading" | "done" | "failed" | "cancelled";

export type UploadItem = Draft & {
  meta: BatchMeta;
  status: UploadStatus;
  loaded: number;
  total: number;
  error: string | null;
  details: string[];
  document: { id: string; title: string } | null;
};

let counter = 0;
export const newKey = () => `upload-${Date.now().toString(36)}-${(counter++).toString(36)}`;
