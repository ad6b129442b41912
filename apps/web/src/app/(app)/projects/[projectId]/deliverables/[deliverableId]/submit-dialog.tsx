"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { DocumentPicker, type Picked } from "@/components/documents/document-picker";
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
import { Input, Textarea } from "@/components/ui/input";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import type { Deliverable } from "./deliverable-actions";

/** Submits (or resubmits) with evidence from the library, a note and, for outputs, the value. */
export function SubmitDialog({
  projectId,
  deliverable: d,
}: {
  projectId: string;
  deliverable: Deliverable;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const resubmit = d.status === "changes_requested";
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Picked>(new Map());
  const [note, setNote] = useState("");
  const [achieved, setAchieved] = useState(d.achievedValue?.toString() ?? "");
  const action = useAction();
  const mutation = useMutation(trpc.deliverables.submit.mutationOptions());

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const value = achieved.trim() === "" ? null : Number(achieved);
    if (d.kind === "output" && (value === null || !Number.isInteger(value) || value < 0)) {
      action.refuse({ achievedValue: ["Enter the achieved value as a whole number"] });
      return;
    }
    return action.run(async () => {
      await mutation.mutateAsync({
        projectId,
        deliverableId: d.id,
        version: d.version,
        note,
        documentIds: [...picked.keys()],
        achievedValue: d.kind === "output" ? value : null,
      });
      toast.success(`${d.code} ${resubmit ? "resubmitted" : "submitted"} for review`);
      setOpen(false);
      setPicked(new Map());
      setNote("");
      await queryClient.invalidateQueries(trpc.deliverables.pathFilter());
      router.refresh();
    });
  }

  const label = resubmit ? "Resubmit" : "Submit for review";
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>{label}</Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>
            {resubmit ? "Resubmit" : "Submit"} {d.code}
          </DialogTitle>
          <DialogDescription>
            Choose the evidence from the document library and add a note for the lead partner.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={label}>
          {action.error && <Alert variant="error">{action.error}</Alert>}
          <DocumentPicker projectId={projectId} picked={picked} onChange={setPicked} />
          {action.fields.documentIds && (
            <p className="text-sm text-destructive">{action.fields.documentIds.join(" ")}</p>
          )}
          {d.kind === "output" && (
            <Field
              label="Achieved value"
              hint={`Target: ${d.targetValue ?? "not set"}`}
              error={action.fields.achievedValue}
            >
              {(p) => (
                <Input
                  {...p}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={achieved}
                  onChange={(e) => setAchieved(e.target.value)}
                />
              )}
            </Field>
          )}
          <Field label="Note for the lead partner" error={action.fields.note}>
            {(p) => (
              <Textarea {...p} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={action.pending}>
              {action.pending ? "Submitting…" : label}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
