"use client";

import { useMutation } from "@tanstack/react-query";
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
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setPicked(new Map());
          setError(null);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="outline" className="justify-self-start">
          Attach documents
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Attach annexes</DialogTitle>
          <DialogDescription>
            Choose documents of the library. A document only some members may see is left out of the
            exports of those who may not.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} className="grid gap-4" noValidate>
          {error && <Alert variant="error">{error}</Alert>}
          <DocumentPicker projectId={projectId} picked={picked} onChange={setPicked} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={attach.isPending}>
              {attach.isPending ? "Attaching…" : "Attach"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
