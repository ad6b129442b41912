"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import { type DeliverableProps, useDeliverableRefresh } from "./use-deliverable-refresh";

/** The lead partner sends a submission back with a comment saying what must change. */
export function RequestChangesDialog({ projectId, deliverable: d }: DeliverableProps) {
  const trpc = useTRPC();
  const refresh = useDeliverableRefresh();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const action = useAction();
  const mutation = useMutation(trpc.deliverables.requestChanges.mutationOptions());

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    return action.run(async () => {
      await mutation.mutateAsync({ projectId, deliverableId: d.id, version: d.version, comment });
      toast.success(`${d.code} sent back for changes`);
      setOpen(false);
      setComment("");
      await refresh();
    });
  }

  return (
    <TitledDialog
      unsaved={comment.trim() !== ""}
      open={open}
      onOpenChange={setOpen}
      trigger={<Button variant="outline">Request changes</Button>}
      title={<>Request changes to {d.code}</>}
      description="The responsible partner sees your comment in the history and resubmits."
    >
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        {action.error && <Alert variant="error">{action.error}</Alert>}
        <Field label="What needs to change" error={action.fields.comment}>
          {(p) => (
            <Textarea
              {...p}
              rows={5}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
        </Field>
        <DialogButtons
          onCancel={() => setOpen(false)}
          pending={action.pending}
          label="Send back for changes"
          pendingLabel="Sending…"
        />
      </form>
    </TitledDialog>
  );
}
