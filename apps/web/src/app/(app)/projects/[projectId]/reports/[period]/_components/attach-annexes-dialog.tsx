"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { DocumentPicker, type Picked } from "@/components/documents/document-picker";
import { DialogButtons, TitledDialog } from "@/components/titled-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

/** A lead coordinator annexes documents of the library to the period's report. */
export function AttachAnnexesDialog({
  projectId,
  periodNumber,
}: {
  projectId: string;
  periodNumber: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Picked>(new Map());
  const [error, setError] = useState<string | null>(null);
  const attach = useMutation(trpc.periodReports.attachAnnexes.mutationOptions());

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (picked.size === 0) {
      setError("Choose at least one document");
      return;
    }
    try {
      await attach.mutateAsync({ projectId, periodNumber, documentIds: [...picked.keys()] });
      toast.success(`${picked.size} ${picked.size === 1 ? "annex" : "annexes"} attached`);
      setOpen(false);
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <TitledDialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setPicked(new Map());
          setError(null);
        }
        setOpen(next);
      }}
      trigger={
        <Button type="button" variant="outline" className="justify-self-start">
          Attach documents
        </Button>
      }
      title="Attach annexes"
      description="Choose documents of the library. A document only some members may see is left out of the exports of those who may not."
    >
      <form onSubmit={onSubmit} className="grid gap-4" noValidate>
        {error && <Alert variant="error">{error}</Alert>}
        <DocumentPicker projectId={projectId} picked={picked} onChange={setPicked} />
        <DialogButtons
          onCancel={() => setOpen(false)}
          pending={attach.isPending}
          label="Attach"
          pendingLabel="Attaching…"
        />
      </form>
    </TitledDialog>
  );
}
