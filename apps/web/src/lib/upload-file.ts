import type { FieldErrors } from "./errors";

/** A refused or failed upload: the server's message, its field errors and the HTTP status. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export type UploadProgress = { loaded: number; total: number };

/**
 * Sends one file's bytes as the raw request body to an upload route
 * (`/api/projects/:id/documents` or `…/documents/:documentId/versions`), reporting progress.
 * XMLHttpRequest rather than fetch: only it reports upload progress in every browser.
 * Aborting through `signal` cancels the request; the server then keeps nothing.
 */
export function uploadFile<T>(opts: {
  url: string;
  file: File;
  onProgress?: (p: UploadProgress) => void;
  signal?: AbortSignal;
}): Promise<T> {
  const { url, file, onProgress, signal } = opts;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("Upload cancelled", "AbortError"));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.setRequestHeader("x-consortia-upload", "1");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    };
    xhr.onload = () => {
      const body = xhr.response as {
        error?: { message?: string; fieldErrors?: FieldErrors | null };
      } | null;
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.({ loaded: file.size, total: file.size });
        resolve(body as T);
        return;
      }
      reject(
        new UploadError(
          body?.error?.message ?? `The upload failed (HTTP ${xhr.status}).`,
          xhr.status,
          body?.error?.fieldErrors ?? {},
        ),
      );
    };
    xhr.onerror = () =>
      reject(new UploadError("The connection was lost. Check your network and try again.", 0));
    xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
