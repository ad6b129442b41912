"use client";

import Link from "next/link";
import { useState } from "react";
import { DocumentPicker, type Picked } from "@/components/document-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { DOCUMENT_CATEGORY_LABELS, formatBytes } from "@/lib/labels";
import { documentUrl } from "@/lib/urls";

export type EvidenceDoc = {
  id: string;
  title: string;
  fileName: string;
  size: number;
  category: string;
};

/**
 * Evidence documents of a policy record (an improvement, a progress entry), each linking to
 * its page in the library. Editors choose more from the library inline, so this also works
 * inside a dialog, and detach them again; the API's refusals (e.g. the last evidence of an
 * achieved improvement) are shown here in words.
 */
export function EvidenceDocuments({
  projectId,
  documents,
  canEdit,
  onAttach,
  onDetach,
  error,
}: {
  projectId: string;
  documents: EvidenceDoc[];
  canEdit: boolean;
  onAttach: (documentIds: string[]) => Promise<void>;
  onDetach: (doc: EvidenceDoc) => Promise<void>;
  /** A field error about the evidence from elsewhere, e.g. what marking achieved needs. */
  error?: string | undefined;
}) {
  const [picking, setPicking] = useState(false);
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
      setPicking(false);
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
      {documents.length === 0 ? (
        <p className="text-sm text-muted-foreground">No evidence documents attached.</p>
      ) : (
        <ul aria-label="Evidence documents" className="divide-y text-sm">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <Link
                  href={documentUrl(projectId, d.id)}
                  className="break-words font-medium text-primary underline-offset-4 hover:underline"
                >
                  {d.title}
                </Link>
                <p className="text-xs text-muted-foreground [overflow-wrap:anywhere]">
                  {DOCUMENT_CATEGORY_LABELS[d.category] ?? d.category} · {d.fileName} ·{" "}
                  {formatBytes(d.size)}
                </p>
              </div>
              {canEdit && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={busy}
                  onClick={() => run(() => onDetach(d))}
                >
                  Detach<span className="sr-only"> {d.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (picking ? (
          <div className="grid gap-3 rounded-md border p-3">
            <DocumentPicker projectId={projectId} picked={picked} onChange={setPicked} />
            <div className="flex flex-wrap gap-2">
              <Button type="button" disabled={busy || picked.size === 0} onClick={attach}>
                {busy
                  ? "Attaching…"
                  : picked.size
                    ? `Attach ${picked.size} chosen`
                    : "Attach chosen"}
              </Button>
              <Button type="button" variant="outline" onClick={() => setPicking(false)}>
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button type="button" variant="outline" onClick={() => setPicking(true)}>
              Attach from the library
            </Button>
          </div>
        ))}
    </div>
  );
}
