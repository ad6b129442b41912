"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { ConfirmAction } from "@/components/confirm-action";
import { TextDialog } from "@/components/text-dialog";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/trpc/react";

type Ref = { projectId: string; controlId: string; version: number };

/**
 * The controller's steps on the whole control: certify what lies outside the sample as
 * declared, finish with a conclusion (issues the next certificate), reopen with a reason.
 */
export function ControlActions({
  control,
  pendingInSample,
  can,
}: {
  control: Ref;
  pendingInSample: number;
  can: { decide: boolean; finish: boolean; reopen: boolean };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const rest = useMutation(trpc.control.verifyRest.mutationOptions());
  const finish = useMutation(trpc.control.finish.mutationOptions());
  const reopen = useMutation(trpc.control.reopen.mutationOptions());
  return (
    <div className="flex flex-wrap gap-2">
      {can.decide && (
        <ConfirmAction
          destructive={false}
          title="Certify the items outside the sample as declared?"
          description="The usual rule: pending items outside the sample are verified. Finishing the control does the same."
          confirmLabel="Certify as declared"
          action={async () => {
            const r = await rest.mutateAsync({
              projectId: control.projectId,
              controlId: control.controlId,
            });
            return `${r.verified} items certified as declared`;
          }}
        >
          Verify the rest
        </ConfirmAction>
      )}
      {can.finish && (
        <TextDialog
          trigger={<Button type="button">Finish and certify</Button>}
          title="Finish the control"
          description={
            pendingInSample > 0
              ? `${pendingInSample} sampled items are still pending: decide them first.`
              : "Issues the next control certificate (declared, deducted, certified per category), locks the control and tells the partner and the lead."
          }
          label="Conclusion of the controller"
          hint="Printed on the certificate."
          field="conclusion"
          submitLabel="Finish and issue the certificate"
          pendingLabel="Issuing…"
          onSubmit={async (conclusion) => {
            const done = await finish.mutateAsync({ ...control, conclusion });
            toast.success(`Certificate ${done.number} issued`);
            router.refresh();
          }}
        />
      )}
      {can.reopen && (
        <TextDialog
          trigger={
            <Button type="button" variant="outline">
              Reopen
            </Button>
          }
          title="Reopen the control"
          description="The certificates issued stay as they are; finishing again issues the next number. Once a certificate is claimed in the joint report, a financial correction is the way instead."
          label="Reason"
          hint="Kept with the control and in the audit log."
          field="reason"
          submitLabel="Reopen the control"
          pendingLabel="Reopening…"
          onSubmit={async (reason) => {
            await reopen.mutateAsync({ ...control, reason });
            toast.success("Control reopened");
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
