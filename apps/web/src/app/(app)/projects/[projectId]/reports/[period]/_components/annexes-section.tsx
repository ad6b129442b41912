"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextLink } from "@/components/text-link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { DOCUMENT_VISIBILITY_LABELS, formatDate } from "@/lib/labels";
import { useTRPC } from "@/trpc/react";
import { AttachAnnexesDialog } from "./attach-annexes-dialog";
import type { ReportDocument } from "./types";

/**
 * The annex list: annexed documents first, then every evidence document. Lead coordinators
 * attach documents and remove annexes while the report is a draft.
 */
export function AnnexesSection({
  projectId,
  periodNumber,
  annexes,
  evidenceIds,
  canEdit,
}: {
  projectId: string;
  periodNumber: number;
  annexes: ReportDocument[];
  /** Evidence of deliverables and outputs: listed as annexes, removed only with their record. */
  evidenceIds: string[];
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const detach = useMutation(trpc.periodReports.detachAnnex.mutationOptions());

  async function remove(doc: ReportDocument) {
    setMessage(null);
    try {
      await detach.mutateAsync({ projectId, periodNumber, documentId: doc.id });
      setMessage({ error: false, text: `${doc.title} removed from the annexes.` });
      router.refresh();
    } catch (err) {
      setMessage({ error: true, text: describeError(err).message });
    }
  }

  return (
    <div className="grid min-w-0 gap-3">
      {canEdit && <AttachAnnexesDialog projectId={projectId} periodNumber={periodNumber} />}
      {message && <Alert variant={message.error ? "error" : "success"}>{message.text}</Alert>}
      {annexes.length === 0 ? (
        <p className="text-sm text-muted-foreground">No annexes and no evidence documents yet.</p>
      ) : (
        <ol className="grid gap-2 text-sm">
          {annexes.map((d, i) => (
            <li key={d.id} className="flex min-w-0 flex-wrap items-start justify-between gap-2">
              <div className="grid min-w-0 gap-0.5">
                <span className="break-words">
                  <span className="text-muted-foreground">Annex {i + 1}. </span>
                  <TextLink href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</TextLink>
                </span>
                <span className="break-words text-xs text-muted-foreground">
                  {d.fileName} · {d.ownerPartner} ·{" "}
                  {DOCUMENT_VISIBILITY_LABELS[d.visibility] ?? d.visibility} · updated{" "}
                  {formatDate(d.updatedAt)}
                  {evidenceIds.includes(d.id) && " · evidence"}
                </span>
              </div>
              {canEdit && !evidenceIds.includes(d.id) && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={detach.isPending}
                  onClick={() => remove(d)}
                >
                  Remove<span className="sr-only"> {d.title} from the annexes</span>
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
