"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { TextDialog } from "@/components/text-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

/**
 * A lead coordinator sends a submitted contribution back to the partner with a comment. From
 * the list of contributions the version is not known: it is read when the dialog is sent.
 */
export function ReturnDialog({
  projectId,
  partnerId,
  partnerName,
  periodNumber,
  version,
}: {
  projectId: string;
  partnerId: string;
  partnerName: string;
  periodNumber: number;
  version?: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.periodReports.contributions.return.mutationOptions());

  async function send(comment: string) {
    const ref = { projectId, partnerId, periodNumber };
    const current =
      version ??
      (
        await queryClient.fetchQuery(
          trpc.periodReports.contributions.get.queryOptions(ref, { staleTime: 0 }),
        )
      ).contribution?.version;
    if (current === undefined) throw new Error("The contribution is gone");
    await mutation.mutateAsync({ ...ref, version: current, comment });
    toast.success(`${partnerName}: contribution returned`);
    router.refresh();
  }

  return (
    <TextDialog
      trigger={
        <Button type="button" variant="outline" size="sm">
          Return<span className="sr-only"> the contribution of {partnerName}</span>
        </Button>
      }
      title={`Return the contribution of ${partnerName}`}
      description="The partner sees your comment, changes its contribution and submits it again."
      label="Comment"
      hint="What the partner should change."
      field="comment"
      submitLabel="Return with comment"
      pendingLabel="Returning…"
      onSubmit={send}
    />
  );
}
