"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { DOCUMENT_CATEGORY_LABELS, formatBytes } from "@/lib/labels";
import { documentUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";
import { AttachDialog, type AttachTarget } from "./attach-dialog";

type Doc = { id: string; title: string; fileName: string; size: number; category: string };

/** Documents from the library attached to an event or a practice, each linking to its page. */
export function Attachments({
  projectId,
  target,
  documents,
  canEdit,
}: {
  projectId: string;
  target: AttachTarget;
  documents: Doc[];
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const fromEvent = useMutation(trpc.learningEvents.detachDocument.mutationOptions());
  const fromPractice = useMutation(trpc.goodPractices.detachDocument.mutationOptions());

  async function detach(doc: Doc) {
    try {
      if (target.kind === "event")
        await fromEvent.mutateAsync({ projectId, eventId: target.id, documentId: doc.id });
      else
        await fromPractice.mutateAsync({
          projectId,
          goodPracticeId: target.id,
          documentId: doc.id,
        });
      toast.success(`${doc.title} detached; it stays in the library`);
      router.refresh();
    } catch (err) {
      toast.error(describeError(err).message);
    }
  }

  return (
    <div className="grid gap-3">
      {documents.length === 0 ? (
        <p className="text-sm text-muted-foreground">No documents attached.</p>
      ) : (
        <ul className="divide-y text-sm">
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
                  aria-label={`Detach ${d.title}`}
                  onClick={() => detach(d)}
                >
                  Detach
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div>
          <AttachDialog
            projectId={projectId}
            target={target}
            attachedIds={documents.map((d) => d.id)}
          />
        </div>
      )}
    </div>
  );
}
