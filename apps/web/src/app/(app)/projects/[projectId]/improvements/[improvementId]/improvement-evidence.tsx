"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { type EvidenceDoc, EvidenceDocuments } from "@/components/documents/evidence-documents";
import { useTRPC } from "@/trpc/react";
import { useAchieveErrors } from "./achieve-errors";

/** The improvement's evidence, from the library or uploaded into it; attaching clears the "needs evidence" note. */
export function ImprovementEvidence({
  projectId,
  improvementId,
  partnerId,
  documents,
  canEdit,
}: {
  projectId: string;
  improvementId: string;
  /** The improvement's partner, who owns the evidence uploaded here. */
  partnerId: string;
  documents: EvidenceDoc[];
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const { errors, setErrors } = useAchieveErrors();
  const attach = useMutation(trpc.improvements.attachEvidence.mutationOptions());
  const detach = useMutation(trpc.improvements.detachEvidence.mutationOptions());
  return (
    <EvidenceDocuments
      projectId={projectId}
      documents={documents}
      upload={{ category: "policy_document", ownerPartnerId: partnerId }}
      canEdit={canEdit}
      error={errors.evidence?.join(" ")}
      onAttach={async (documentIds) => {
        await attach.mutateAsync({ projectId, improvementId, documentIds });
        toast.success(
          documentIds.length === 1
            ? "Evidence attached"
            : `${documentIds.length} documents attached`,
        );
        const { evidence: _done, ...rest } = errors;
        setErrors(rest);
        router.refresh();
      }}
      onDetach={async (doc) => {
        await detach.mutateAsync({ projectId, improvementId, documentId: doc.id });
        toast.success(`${doc.title} detached; it stays in the library`);
        router.refresh();
      }}
    />
  );
}
