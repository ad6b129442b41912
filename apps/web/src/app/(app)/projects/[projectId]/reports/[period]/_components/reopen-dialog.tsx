"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { TextDialog } from "@/components/text-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

/** A lead coordinator reopens a submitted report with a reason; the next submission is a new version. */
export function ReopenDialog({
  projectId,
  periodNumber,
  version,
}: {
  projectId: string;
  periodNumber: number;
  version: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(trpc.periodReports.reopen.mutationOptions());

  async function reopen(reason: string) {
    await mutation.mutateAsync({ projectId, periodNumber, version, reason });
    toast.success(`Period ${periodNumber}: report reopened`);
    router.refresh();
  }

  return (
    <TextDialog
      trigger={
        <Button type="button" variant="outline">
          Reopen the report
        </Button>
      }
      title={`Reopen the report of period ${periodNumber}`}
      description="The period unlocks: contributions, indicator values and the consolidation can change again. Submitted versions stay as they were; the next submission is a new version."
      label="Reason"
      hint="Why the report is reopened; it is kept in the audit log."
      field="reason"
      submitLabel="Reopen"
      pendingLabel="Reopening…"
      onSubmit={reopen}
    />
  );
}
