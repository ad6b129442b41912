"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { UploadError, uploadFile } from "@/lib/upload-file";
import { type UploadItem, uploadUrl } from "./types";

/** At most this many files travel at once; the rest wait their turn. */
const CONCURRENCY = 3;

const FIELD_NAMES: Record<string, string> = {
  title: "Title",
  category: "Category",
  visibility: "Visibility",
  language: "Language",
  tags: "Tags",
  folderId: "Folder",
  ownerPartnerId: "Owning partner",
  file: "File",
};

type Created = { document: { id: string; title: string } };
type Patch = Partial<Omit<UploadItem, "key" | "file" | "meta">>;

function failure(err: unknown): Patch {
  if (err instanceof DOMException && err.name === "AbortError") return { status: "cancelled" };
  if (err instanceof UploadError) {
    const details = Object.entries(err.fieldErrors)
      .flatMap(([field, messages]) =>
        (messages ?? []).map((m) =>
          m === err.message ? "" : `${FIELD_NAMES[field] ?? field}: ${m}`,
        ),
      )
      .filter(Boolean);
    return { status: "failed", error: err.message, details };
  }
  return { status: "failed", error: "The upload failed. Try again.", details: [] };
}

/**
 * The upload queue: each file has its own request, progress and abort controller. Finished
 * uploads call `onUploaded` (at most a few times a second) so the library can refresh.
 */
export function useUploadQueue(projectId: string, onUploaded: () => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const refreshTimer = useRef<number | null>(null);
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);

  const patch = useCallback((key: string, p: Patch) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...p } : i)));
  }, []);

  const refreshSoon = useCallback(() => {
    if (refreshTimer.current !== null) return;
    refreshTimer.current = window.setTimeout(() => {
      refreshTimer.current = null;
      onUploadedRef.current();
    }, 300);
  }, []);

  // Starts waiting files whenever a slot is free.
  useEffect(() => {
    const running = items.filter((i) => i.status === "uploading").length;
    const waiting = items.filter((i) => i.status === "queued" && !controllers.current.has(i.key));
    for (const item of waiting.slice(0, Math.max(0, CONCURRENCY - running))) {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      patch(item.key, { status: "uploading", loaded: 0, error: null, details: [] });
      uploadFile<Created>({
        url: uploadUrl(projectId, item),
        file: item.file,
        signal: controller.signal,
        onProgress: ({ loaded, total }) => patch(item.key, { loaded, total }),
      })
        .then(({ document }) => {
          patch(item.key, { status: "done", document, loaded: item.file.size });
          refreshSoon();
        })
        .catch((err: unknown) => patch(item.key, failure(err)))
        .finally(() => controllers.current.delete(item.key));
    }
  }, [items, projectId, patch, refreshSoon]);

  // Leaving the page cancels what is still travelling; the server then keeps nothing.
  useEffect(() => {
    const open = controllers.current;
    return () => {
      for (const c of open.values()) c.abort();
      if (refreshTimer.current !== null) window.clearTimeout(refreshTimer.current);
    };
  }, []);

  const active = items.some((i) => i.status === "queued" || i.status === "uploading");
  useEffect(() => {
    if (!active) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);

  return {
    items,
    active,
    add: (next: UploadItem[]) => setItems((list) => [...list, ...next]),
    cancel: (key: string) => {
      const controller = controllers.current.get(key);
      if (controller) controller.abort();
      else patch(key, { status: "cancelled" });
    },
    retry: (key: string) =>
      patch(key, { status: "queued", loaded: 0, error: null, details: [], document: null }),
    remove: (key: string) => setItems((list) => list.filter((i) => i.key !== key)),
    clearFinished: () =>
      setItems((list) => list.filter((i) => i.status === "queued" || i.status === "uploading")),
  };
}
