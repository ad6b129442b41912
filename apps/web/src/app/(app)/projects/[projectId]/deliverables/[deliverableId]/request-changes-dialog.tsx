"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import type { Deliverable } from "./deliverable-actions";

/** The lead partner sends a submission back with a comment saying what must change. */
export function RequestChangesDialog({
  projectId,
  deliverable: d,
}: {
  projectId: string;
  deliverable: Deliverable;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
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
      await queryClient.invalidateQueries(trpc.deliverables.pathFilter());
      router.refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Request changes</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Request changes to {d.code}</DialogTitle>
          <DialogDescription>
            The responsible partner sees your comment in the history and resubmits.
          </DialogDescription>
        </DialogHeader>
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
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={action.pending}>
              {action.pending ? "Sending…" : "Send back for changes"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
