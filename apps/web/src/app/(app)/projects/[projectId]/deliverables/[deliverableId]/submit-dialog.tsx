"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { DocumentPicker, type Picked } from "@/components/documents/document-picker";
import { UploadToLibrary } from "@/components/documents/upload-to-library";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";
import { type DeliverableProps, useDeliverableRefresh } from "./use-deliverable-refresh";

/**
 * Submits (or resubmits) with evidence chosen from the library or uploaded into it on the
 * spot (filed as a deliverable of the responsible partner), a note and, for outputs, the value.
 */
export function SubmitDialog({ projectId, deliverable: d }: DeliverableProps) {
  const trpc = useTRPC();
  const refresh = useDeliverableRefresh();
  const resubmit = d.status === "changes_requested";
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Picked>(new Map());
  const [note, setNote] = useState("");
  const [uploading, setUploading] = useState(false);
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
      setUploading(false);
      await refresh();
    });
  }

  const label = resubmit ? "Resubmit" : "Submit for review";
  return (
    <TitledDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button>{label}</Button>}
      title={
        <>
          {resubmit ? "Resubmit" : "Submit"} {d.code}
        </>
      }
      description="Choose the evidence from the document library or upload a new file, and add a note for the lead partner."
      wide
    >
      <form onSubmit={onSubmit} className="grid gap-4" noValidate aria-label={label}>
        {action.error && <Alert variant="error">{action.error}</Alert>}
        <DocumentPicker projectId={projectId} picked={picked} onChange={setPicked} />
        {uploading ? (
          <UploadToLibrary
            projectId={projectId}
            place={{ category: "deliverable", ownerPartnerId: d.responsiblePartnerId }}
            onUploaded={async (doc) => {
              setPicked((p) => new Map(p).set(doc.id, doc.title));
              setUploading(false);
              toast.success(`${doc.title} is in the library and chosen as evidence`);
            }}
            onCancel={() => setUploading(false)}
          />
        ) : (
          <div>
            <Button type="button" variant="outline" onClick={() => setUploading(true)}>
              Upload a new file
            </Button>
          </div>
        )}
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
        <DialogButtons
          onCancel={() => setOpen(false)}
          pending={action.pending}
          label={label}
          pendingLabel="Submitting…"
        />
      </form>
    </TitledDialog>
  );
}
