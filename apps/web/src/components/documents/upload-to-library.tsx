"use client";

import { useId, useState } from "react";
import { labelOptions, SelectField, TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type BatchMeta, titleFromFileName, uploadUrl } from "@/lib/document-upload";
import { DOCUMENT_CATEGORY_LABELS, DOCUMENT_VISIBILITY_LABELS } from "@/lib/labels";
import { UploadError, uploadFile } from "@/lib/upload-file";

export type Uploaded = { id: string; title: string };

/** Where an evidence upload lands in the library: its category and owner, chosen by the record. */
export type UploadPlace = {
  category: BatchMeta["category"];
  /** The record's partner: its editors and lead coordinators may file for it. */
  ownerPartnerId: string | null;
  visibility?: BatchMeta["visibility"];
};

/**
 * Uploads one new file into the document library from a record's dialog (issue 16, item 13),
 * through the same route as the library's uploader, with a title, a category and who may see
 * it; `onUploaded` then attaches or chooses it, so evidence is added in one go.
 */
export function UploadToLibrary({
  projectId,
  place,
  onUploaded,
  onCancel,
}: {
  projectId: string;
  place: UploadPlace;
  onUploaded: (doc: Uploaded) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [category, setCategory] = useState<BatchMeta["category"]>(place.category);
  const [visibility, setVisibility] = useState<BatchMeta["visibility"]>(
    place.visibility ?? "partnership",
  );
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload() {
    if (!file) {
      setError("Choose a file to upload");
      return;
    }
    setError(null);
    setProgress(0);
    try {
      const meta: BatchMeta = {
        category,
        visibility,
        language: null,
        tags: [],
        ownerPartnerId: place.ownerPartnerId,
        folderId: null,
      };
      const { document } = await uploadFile<{ document: Uploaded }>({
        url: uploadUrl(projectId, { title: title.trim() || titleFromFileName(file.name), meta }),
        file,
        onProgress: ({ loaded, total }) =>
          setProgress(total ? Math.round((loaded / total) * 100) : 0),
      });
      await onUploaded(document);
      setFile(null);
      setTitle("");
    } catch (err) {
      if (err instanceof UploadError) {
        const details = Object.values(err.fieldErrors).flatMap((m) => m ?? []);
        setError([err.message, ...details.filter((d) => d !== err.message)].join(" "));
      } else setError(err instanceof Error ? err.message : "The upload failed. Try again.");
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null;
  return (
    <div className="grid gap-3 rounded-md border p-3">
      {error && <Alert variant="error">{error}</Alert>}
      <div className="grid gap-1.5">
        <Label htmlFor={`${id}-file`}>File to upload</Label>
        <Input
          id={`${id}-file`}
          type="file"
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            if (chosen && !title) setTitle(titleFromFileName(chosen.name));
          }}
        />
      </div>
      <TextField
        label="Title in the library"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Category"
          value={category}
          onChange={(e) => setCategory(e.target.value as BatchMeta["category"])}
          options={labelOptions(DOCUMENT_CATEGORY_LABELS)}
        />
        <SelectField
          label="Who may see it"
          value={visibility}
          onChange={(e) => setVisibility(e.target.value as BatchMeta["visibility"])}
          options={labelOptions(DOCUMENT_VISIBILITY_LABELS)}
        />
      </div>
      <p role="status" className="text-sm text-muted-foreground empty:hidden">
        {busy ? `Uploading… ${progress}%` : ""}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={busy || !file} onClick={upload}>
          {busy ? "Uploading…" : "Upload"}
        </Button>
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
