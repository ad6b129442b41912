"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { DocumentList, type ListedDocument } from "./document-list";
import { DocumentPicker, type Picked } from "./document-picker";
import { type UploadPlace, UploadToLibrary } from "./upload-to-library";

export type EvidenceDoc = ListedDocument;

/**
 * Evidence documents of a policy record (an improvement, a progress entry), each linking to
 * its page in the library. Editors choose more from the library inline, so this also works
 * inside a dialog, or upload a new file into the library (given `upload`, where it lands)
 * and attach it at once, and detach them again; the API's refusals (e.g. the last evidence of an
 * achieved improvement) are shown here in words.
 */
export function EvidenceDocuments({
  projectId,
  documents,
  canEdit,
  onAttach,
  onDetach,
  upload,
  error,
}: {
  projectId: string;
  documents: EvidenceDoc[];
  canEdit: boolean;
  onAttach: (documentIds: string[]) => Promise<void>;
  onDetach: (doc: EvidenceDoc) => Promise<void>;
  /** Where a new file lands in the library; without it, evidence comes from the library only. */
  upload?: UploadPlace;
  /** A field error about the evidence from elsewhere, e.g. what marking achieved needs. */
  error?: string | undefined;
}) {
  const [mode, setMode] = useState<"list" | "pick" | "upload">("list");
  const [picked, setPicked] = useState<Picked>(new Map());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      return true;
    } catch (err) {
      const { message, fieldErrors } = describeError(err);
      const details = Object.values(fieldErrors).flatMap((m) => m ?? []);
      setFailure([message, ...details].join(" "));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function attach() {
    const ok = await run(() => onAttach([...picked.keys()]));
    if (ok) {
      setPicked(new Map());
      setMode("list");
    }
  }

  return (
    <div className="grid gap-3">
      {error && (
        <p id="evidence-error" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {failure && <Alert variant="error">{failure}</Alert>}
      <DocumentList
        projectId={projectId}
        documents={documents}
        label="Evidence documents"
        empty="No evidence documents attached."
        onDetach={canEdit ? (d) => run(() => onDetach(d)) : undefined}
        busy={busy}
      />
      {canEdit && mode === "pick" && (
        <div className="grid gap-3 rounded-md border p-3">
          <DocumentPicker projectId={projectId} picked={picked} onChange={setPicked} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={busy || picked.size === 0} onClick={attach}>
              {busy ? "Attaching…" : picked.size ? `Attach ${picked.size} chosen` : "Attach chosen"}
            </Button>
            <Button type="button" variant="outline" onClick={() => setMode("list")}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {canEdit && mode === "upload" && upload && (
        <UploadToLibrary
          projectId={projectId}
          place={upload}
          onUploaded={async (doc) => {
            // The upload stays in the library even if attaching it is refused.
            if (await run(() => onAttach([doc.id]))) setMode("list");
          }}
          onCancel={() => setMode("list")}
        />
      )}
      {canEdit && mode === "list" && (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => setMode("pick")}>
            Attach from the library
          </Button>
          {upload && (
            <Button type="button" variant="outline" onClick={() => setMode("upload")}>
              Upload a new file
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
