"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { EvidenceDocuments } from "@/components/documents/evidence-documents";
import { useTRPC } from "@/trpc/react";

/** The evidence of one progress entry, read when its cell is opened; new files upload here. */
export function CellEvidence({
  projectId,
  progressId,
  partnerId,
  canEdit,
}: {
  projectId: string;
  progressId: string;
  /** The plan's partner, who owns the evidence uploaded here. */
  partnerId: string;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const evidence = useQuery(trpc.monitoring.evidence.queryOptions({ projectId, progressId }));
  const attach = useMutation(trpc.monitoring.attachEvidence.mutationOptions());
  const detach = useMutation(trpc.monitoring.detachEvidence.mutationOptions());
  if (evidence.isLoading) return <p className="text-sm text-muted-foreground">Loading…</p>;
  if (evidence.error) return <p className="text-sm text-destructive">{evidence.error.message}</p>;
  const refresh = async () => {
    await evidence.refetch();
    router.refresh();
  };
  return (
    <EvidenceDocuments
      projectId={projectId}
      documents={evidence.data ?? []}
      upload={{ category: "policy_document", ownerPartnerId: partnerId }}
      canEdit={canEdit}
      onAttach={async (documentIds) => {
        await attach.mutateAsync({ projectId, progressId, documentIds });
        toast.success(
          documentIds.length === 1
            ? "Evidence attached"
            : `${documentIds.length} documents attached`,
        );
        await refresh();
      }}
      onDetach={async (doc) => {
        await detach.mutateAsync({ projectId, progressId, documentId: doc.id });
        toast.success(`${doc.title} detached; it stays in the library`);
        await refresh();
      }}
    />
  );
}
