"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTRPC } from "@/trpc/react";
import type { Viewer } from "../params";
import { DropZone } from "./drop-zone";
import { type Draft, newKey, titleFromFileName } from "./types";
import { UploadDetails } from "./upload-details";
import { UploadList } from "./upload-list";
import { useUploadQueue } from "./use-upload-queue";

/**
 * Upload flow: drop or choose files → set the batch's details and each file's title → every
 * file uploads on its own, with progress and a Cancel, at most three at a time. The uploads
 * stay in view while the person browses other folders of the library.
 */
export function Uploader({
  projectId,
  folder,
  viewer,
  partners,
}: {
  projectId: string;
  folder: { id: string; name: string } | null;
  viewer: Viewer;
  partners: { id: string; name: string }[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const onUploaded = useCallback(() => {
    void queryClient.invalidateQueries(trpc.documents.list.pathFilter());
    void queryClient.invalidateQueries(trpc.documents.facets.pathFilter());
  }, [queryClient, trpc]);
  const queue = useUploadQueue(projectId, onUploaded);
  const destination = folder ? `the folder ${folder.name}` : "the library's top level";

  // A file dropped beside the drop zone must not make the browser open it and leave the page.
  useEffect(() => {
    const guard = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    window.addEventListener("dragover", guard);
    window.addEventListener("drop", guard);
    return () => {
      window.removeEventListener("dragover", guard);
      window.removeEventListener("drop", guard);
    };
  }, []);

  function addFiles(files: File[]) {
    setDrafts((list) => [
      ...list,
      ...files.map((file) => ({ key: newKey(), file, title: titleFromFileName(file.name) })),
    ]);
  }

  return (
    <DropZone destination={destination} onFiles={addFiles}>
      {drafts.length > 0 && (
        <UploadDetails
          drafts={drafts}
          folderId={folder?.id ?? null}
          destination={destination}
          viewer={viewer}
          partners={partners}
          onTitle={(key, title) =>
            setDrafts((list) => list.map((d) => (d.key === key ? { ...d, title } : d)))
          }
          onRemove={(key) => setDrafts((list) => list.filter((d) => d.key !== key))}
          onDiscard={() => setDrafts([])}
          onStart={(meta) => {
            queue.add(
              drafts.map((d) => ({
                ...d,
                title: d.title.trim(),
                meta,
                status: "queued",
                loaded: 0,
                total: d.file.size,
                error: null,
                details: [],
                document: null,
              })),
            );
            setDrafts([]);
          }}
        />
      )}
      {queue.items.length > 0 && (
        <UploadList
          projectId={projectId}
          items={queue.items}
          onCancel={queue.cancel}
          onRetry={queue.retry}
          onRemove={queue.remove}
          onClearFinished={queue.clearFinished}
        />
      )}
    </DropZone>
  );
}
