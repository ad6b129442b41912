"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { AttachDialog, type AttachTarget } from "./attach-dialog";
import { DocumentList, type ListedDocument } from "./document-list";

type Doc = ListedDocument;

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
      <DocumentList
        projectId={projectId}
        documents={documents}
        empty="No documents attached."
        onDetach={canEdit ? detach : undefined}
      />
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
