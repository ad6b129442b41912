"use client";

import { UploadCloud } from "lucide-react";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes("Files");

/** Files from a drop; folders are left out (their entries arrive as empty pseudo-files). */
function droppedFiles(data: DataTransfer): { files: File[]; folders: number } {
  const files: File[] = [];
  let folders = 0;
  const items = Array.from(data.items ?? []);
  if (items.length === 0) return { files: Array.from(data.files), folders };
  for (const item of items) {
    if (item.kind !== "file") continue;
    if (item.webkitGetAsEntry?.()?.isDirectory) {
      folders += 1;
      continue;
    }
    const file = item.getAsFile();
    if (file) files.push(file);
  }
  return { files, folders };
}

/**
 * The upload area: drop one or many files on it, or use the "Choose files" control, which is
 * a real file input (keyboard and screen readers reach it like any other button).
 */
export function DropZone({
  destination,
  onFiles,
  children,
}: {
  destination: string;
  onFiles: (files: File[]) => void;
  children?: React.ReactNode;
}) {
  const headingId = useId();
  const inputId = useId();
  const depth = useRef(0);
  const [over, setOver] = useState(false);

  function onDrop(e: React.DragEvent<HTMLElement>) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth.current = 0;
    setOver(false);
    const { files, folders } = droppedFiles(e.dataTransfer);
    if (folders > 0)
      toast.warning("Folders cannot be uploaded as a whole. Open them and drop the files inside.");
    if (files.length) onFiles(files);
  }

  return (
    <section
      aria-labelledby={headingId}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
      }}
      onDrop={onDrop}
      className={cn(
        "grid gap-4 rounded-lg border bg-background p-4 transition-colors",
        over && "border-primary bg-accent",
      )}
    >
      <div
        className={cn(
          "flex flex-col items-center gap-3 rounded-md border-2 border-dashed border-input px-4 py-4 text-center sm:flex-row sm:text-left",
          over && "border-primary",
        )}
      >
        <UploadCloud className="size-8 shrink-0 text-muted-foreground" aria-hidden />
        <div className="grid min-w-0 flex-1 gap-0.5">
          <h2 id={headingId} className="text-lg font-semibold">
            Upload files
          </h2>
          <p className="text-sm text-muted-foreground">
            {over
              ? "Drop the files to add them."
              : `Drag and drop one or more files here, or choose them from your device. They go into ${destination}.`}
          </p>
        </div>
        <input
          id={inputId}
          type="file"
          multiple
          aria-label="Choose files to upload"
          className="peer sr-only"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            // Cleared so the same file can be chosen again after a failure.
            e.target.value = "";
            if (files.length) onFiles(files);
          }}
        />
        <label
          htmlFor={inputId}
          className={cn(
            buttonVariants({ variant: "default" }),
            "cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-ring peer-focus-visible:ring-offset-2",
          )}
        >
          Choose files
        </label>
      </div>
      {children}
    </section>
  );
}
