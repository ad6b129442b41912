"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import { RequestChangesDialog } from "./request-changes-dialog";
import { SubmitDialog } from "./submit-dialog";
import { type DeliverableProps, useDeliverableRefresh } from "./use-deliverable-refresh";

/** Only the steps this viewer may take now; the API checks them again. */
export function DeliverableActions({ projectId, deliverable: d }: DeliverableProps) {
  const trpc = useTRPC();
  const refresh = useDeliverableRefresh();
  const [confirm, setConfirm] = useState<"start" | "approve" | null>(null);
  const action = useAction();
  const start = useMutation(trpc.deliverables.start.mutationOptions());
  const approve = useMutation(trpc.deliverables.approve.mutationOptions());

  const run = () =>
    action.run(async () => {
      if (!confirm) return;
      const input = { projectId, deliverableId: d.id, version: d.version, note: "" };
      await (confirm === "start" ? start : approve).mutateAsync(input);
      toast.success(confirm === "start" ? `${d.code} started` : `${d.code} approved`);
      setConfirm(null);
      await refresh();
    });

  if (!d.can.start && !d.can.submit && !d.can.review) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {d.can.start && <Button onClick={() => setConfirm("start")}>Start work</Button>}
      {d.can.submit && <SubmitDialog projectId={projectId} deliverable={d} />}
      {d.can.review && (
        <>
          <Button onClick={() => setConfirm("approve")}>Approve</Button>
          <RequestChangesDialog projectId={projectId} deliverable={d} />
        </>
      )}
      <ConfirmDialog
        open={confirm !== null}
        onOpenChange={(open) => {
          if (!open) {
            setConfirm(null);
            action.clear();
          }
        }}
        title={confirm === "start" ? `Start ${d.code}?` : `Approve ${d.code}?`}
        description={
          confirm === "start"
            ? "The deliverable moves to “in progress”, so the partnership sees work has begun."
            : "The deliverable is accepted as it was submitted. This is recorded in its history."
        }
        confirmLabel={confirm === "start" ? "Start work" : "Approve"}
        pending={action.pending}
        error={action.error}
        onConfirm={run}
      />
    </div>
  );
}
