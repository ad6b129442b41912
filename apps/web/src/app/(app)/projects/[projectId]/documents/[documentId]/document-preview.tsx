import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { documentFileUrl } from "@/lib/urls";
import type { DocumentDetail } from "../_shared/server-data";

/** Types the file route serves inline and a browser shows safely. */
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/** PDFs in a frame, images as images; everything else is for downloading. */
export function DocumentPreview({ projectId, doc }: { projectId: string; doc: DocumentDetail }) {
  // The version number in the address keeps a browser from showing an older file it cached.
  const src = documentFileUrl(projectId, doc.id, { version: doc.versionCount, inline: true });
  if (IMAGE_TYPES.has(doc.mimeType)) {
    return (
      // biome-ignore lint/performance/noImgElement: a private, access-checked file; next/image would proxy and cache it
      <img
        src={src}
        alt={`Preview of ${doc.title}`}
        className="mx-auto max-h-[70vh] w-auto max-w-full rounded-md border object-contain"
      />
    );
  }
  if (doc.mimeType === "application/pdf") {
    return (
      <iframe
        src={src}
        title={`Preview of ${doc.title}`}
        className="h-[70vh] min-h-96 w-full rounded-md border bg-muted"
      />
    );
  }
  return (
    <div className="grid justify-items-start gap-3 rounded-md border border-dashed p-6 text-sm">
      <p>No preview for this type — download it.</p>
      <Button asChild variant="outline" size="sm">
        <a href={documentFileUrl(projectId, doc.id)}>
          <Download aria-hidden /> Download<span className="sr-only"> {doc.fileName}</span>
        </a>
      </Button>
    </div>
  );
}
