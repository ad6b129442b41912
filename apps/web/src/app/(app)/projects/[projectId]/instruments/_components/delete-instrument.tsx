"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { instrumentsUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";

/**
 * Deletes a policy instrument after asking. The API refuses while it has an action plan or
 * recorded improvements; that refusal stays in the dialog for the person to read.
 */
export function DeleteInstrument(props: {
  projectId: string;
  instrumentId: string;
  version: number;
  name: string;
  compact?: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.policyInstruments.delete.mutationOptions());
  async function onConfirm() {
    setError(null);
    try {
      await remove.mutateAsync({
        projectId: props.projectId,
        policyInstrumentId: props.instrumentId,
        version: props.version,
      });
      toast.success("Policy instrument deleted");
      setOpen(false);
      await queryClient.invalidateQueries(trpc.policyInstruments.pathFilter());
      router.push(instrumentsUrl(props.projectId));
      router.refresh();
    } catch (err) {
      const { message } = describeError(err);
      setError(message);
    }
  }
  return (
    <>
      <Button
        type="button"
        variant="outline"
        size={props.compact ? "sm" : "default"}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete{props.compact ? <span className="sr-only"> {props.name}</span> : " instrument"}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete this policy instrument?"
        description={`${props.name} disappears from the partnership's list. An instrument with an action plan or recorded improvements cannot be deleted.`}
        confirmLabel="Delete instrument"
        destructive
        pending={remove.isPending}
        error={error}
        onConfirm={onConfirm}
      />
    </>
  );
}
