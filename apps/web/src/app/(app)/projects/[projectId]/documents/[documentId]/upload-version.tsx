"use client";

import { Upload, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { formatBytes } from "@/lib/labels";
import { UploadError, type UploadProgress, uploadFile } from "@/lib/upload-file";

type Uploading = { fileName: string; progress: UploadProgress; controller: AbortController };

/** Adds a new file as the document's newest version, with progress and a way to cancel. */
export function UploadVersion({
  projectId,
  documentId,
  version,
}: {
  projectId: string;
  documentId: string;
  /** The document's record version the upload builds on; a stale one gets a conflict. */
  version: number;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const statusId = useId();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setFieldErrors({});
    if (!file) {
      setFieldErrors({ file: ["Choose a file first"] });
      return;
    }
    const controller = new AbortController();
    const qs = new URLSearchParams({ version: String(version) });
    if (note.trim()) qs.set("note", note.trim());
    setUploading({ fileName: file.name, progress: { loaded: 0, total: file.size }, controller });
    try {
      const { version: saved } = await uploadFile<{ version: { number: number } }>({
        url: `/api/projects/${projectId}/documents/${documentId}/versions?${qs}`,
        file,
        signal: controller.signal,
        onProgress: (progress) => setUploading((u) => (u ? { ...u, progress } : u)),
      });
      toast.success(`Version ${saved.number} uploaded`);
      formRef.current?.reset();
      setFile(null);
      setNote("");
      router.refresh();
    } catch (err) {
      if (err instanceof DOMException && err.name === "AbortError") {
        toast.info("Upload cancelled; nothing was stored.");
      } else if (err instanceof UploadError) {
        setError(
          err.status === 409
            ? "Someone changed this document while you were uploading. The page now shows the latest state: upload your file again."
            : err.message,
        );
        setFieldErrors(err.fieldErrors);
        if (err.status === 409) router.refresh();
      } else {
        setError("The upload failed. Check your connection and try again.");
      }
    } finally {
      setUploading(null);
    }
  }

  const percent = uploading
    ? Math.round((uploading.progress.loaded / Math.max(1, uploading.progress.total)) * 100)
    : 0;

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-label="Upload a new version"
      noValidate
      className="grid gap-4 rounded-md border p-4"
    >
      <h3 className="font-medium">Upload a new version</h3>
      {error && <Alert variant="error">{error}</Alert>}
      <div className="grid items-start gap-4 md:grid-cols-2">
        <Field label="File" error={fieldErrors.file}>
          {(p) => (
            <Input
              {...p}
              type="file"
              className="py-1.5"
              disabled={Boolean(uploading)}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field label="Note" hint="Optional: what changed in this version" error={fieldErrors.note}>
          {(p) => (
            <Input
              {...p}
              value={note}
              maxLength={500}
              disabled={Boolean(uploading)}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      {uploading ? (
        <div className="grid gap-2">
          <div className="flex items-center gap-3">
            <progress
              aria-label={`Uploading ${uploading.fileName}`}
              aria-describedby={statusId}
              value={uploading.progress.loaded}
              max={Math.max(1, uploading.progress.total)}
              className="h-2 min-w-0 flex-1 accent-primary"
            />
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => uploading.controller.abort()}
            >
              <X aria-hidden /> Cancel
            </Button>
          </div>
          <p id={statusId} className="text-sm text-muted-foreground">
            {percent}% · {formatBytes(uploading.progress.loaded)} of{" "}
            {formatBytes(uploading.progress.total)}
          </p>
        </div>
      ) : (
        <div>
          <Button type="submit">
            <Upload aria-hidden /> Upload version
          </Button>
        </div>
      )}
    </form>
  );
}
