"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/confirm-action";
import { TextDialog } from "@/components/text-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

type Ref = { projectId: string; partnerId: string; periodNumber: number; version: number };

/**
 * Submitting the report (the partner's editors, lead coordinators) and returning it with a
 * comment (lead coordinators). The API says which the reader may do; this offers only those.
 */
export function ReportActions({
  report,
  partnerName,
  nextVersion,
  can,
}: {
  report: Ref;
  partnerName: string;
  nextVersion: number;
  can: { submit: boolean; return: boolean };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const submit = useMutation(trpc.financialReports.submit.mutationOptions());
  const back = useMutation(trpc.financialReports.return.mutationOptions());
  return (
    <>
      {can.submit && (
        <ConfirmAction
          variant="default"
          destructive={false}
          title={`Submit the financial report of ${partnerName}?`}
          description={`Each item is converted at this month's rate, the report is locked and kept as version ${nextVersion}, which never changes afterwards. The lead coordinators are told.`}
          confirmLabel="Submit the report"
          conflictMessage="Someone changed this report meanwhile: the page now shows it as it is. Check it and submit again."
          action={async () => {
            await submit.mutateAsync(report);
            return `Financial report submitted as version ${nextVersion}`;
          }}
        >
          Submit the report
        </ConfirmAction>
      )}
      {can.return && (
        <TextDialog
          trigger={
            <Button type="button" variant="outline">
              Return<span className="sr-only"> the financial report of {partnerName}</span>
            </Button>
          }
          title={`Return the financial report of ${partnerName}`}
          description="The partner sees your comment, corrects its expenditure and submits the report again as a new version."
          label="Comment"
          hint="What the partner should correct."
          field="comment"
          submitLabel="Return with comment"
          pendingLabel="Returning…"
          onSubmit={async (comment) => {
            await back.mutateAsync({ ...report, comment });
            toast.success(`${partnerName}: financial report returned`);
            router.refresh();
          }}
        />
      )}
    </>
  );
}
