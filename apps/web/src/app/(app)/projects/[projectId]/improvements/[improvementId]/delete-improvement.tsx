"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { improvementsUrl } from "@/lib/urls";
import { useTRPC } from "@/trpc/react";

/** Deletes an expected or achieved improvement after asking; refusals stay in the dialog. */
export function DeleteImprovement(props: {
  projectId: string;
  improvementId: string;
  version: number;
  title: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.improvements.delete.mutationOptions());
  async function onConfirm() {
    setError(null);
    try {
      await remove.mutateAsync({
        projectId: props.projectId,
        improvementId: props.improvementId,
        version: props.version,
      });
      toast.success("Policy improvement deleted");
      setOpen(false);
      await queryClient.invalidateQueries(trpc.improvements.pathFilter());
      router.push(improvementsUrl(props.projectId));
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }
  return (
    <>
      <Button
        type="button"
        variant="outline"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Delete this policy improvement?"
        description={`${props.title} disappears with its links to actions and practices; its evidence documents stay in the library.`}
        confirmLabel="Delete improvement"
        destructive
        pending={remove.isPending}
        error={error}
        onConfirm={onConfirm}
      />
    </>
  );
}
