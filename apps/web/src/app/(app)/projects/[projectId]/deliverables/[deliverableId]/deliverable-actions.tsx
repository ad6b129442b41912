"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";
import { RequestChangesDialog } from "./request-changes-dialog";
import { SubmitDialog } from "./submit-dialog";

export type Deliverable = RouterOutputs["deliverables"]["get"];

/** Only the steps this viewer may take now; the API checks them again. */
export function DeliverableActions({
  projectId,
  deliverable: d,
}: {
  projectId: string;
  deliverable: Deliverable;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [confirm, setConfirm] = useState<"start" | "approve" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = useMutation(trpc.deliverables.start.mutationOptions());
  const approve = useMutation(trpc.deliverables.approve.mutationOptions());

  async function run() {
    if (!confirm) return;
    setError(null);
    const input = { projectId, deliverableId: d.id, version: d.version, note: "" };
    try {
      await (confirm === "start" ? start : approve).mutateAsync(input);
      toast.success(confirm === "start" ? `${d.code} started` : `${d.code} approved`);
      setConfirm(null);
      await queryClient.invalidateQueries(trpc.deliverables.pathFilter());
      router.refresh();
    } catch (err) {
      const { message, code } = describeError(err);
      setError(message);
      // Someone else moved it on: show the page as it is now, keep the message in view.
      if (code === "CONFLICT") router.refresh();
    }
  }

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
            setError(null);
          }
        }}
        title={confirm === "start" ? `Start ${d.code}?` : `Approve ${d.code}?`}
        description={
          confirm === "start"
            ? "The deliverable moves to “in progress”, so the partnership sees work has begun."
            : "The deliverable is accepted as it was submitted. This is recorded in its history."
        }
        confirmLabel={confirm === "start" ? "Start work" : "Approve"}
        pending={start.isPending || approve.isPending}
        error={error}
        onConfirm={run}
      />
    </div>
  );
}
