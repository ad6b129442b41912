"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

/** Deletes a work package (only an empty one) or an activity, after asking. */
export function DeleteButton({
  projectId,
  target,
  name,
}: {
  projectId: string;
  target:
    | { kind: "workPackage"; id: string; version: number }
    | { kind: "activity"; id: string; version: number };
  name: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const delWp = useMutation(trpc.workPackages.delete.mutationOptions());
  const delActivity = useMutation(trpc.activities.delete.mutationOptions());

  async function onConfirm() {
    setError(null);
    try {
      if (target.kind === "workPackage")
        await delWp.mutateAsync({ projectId, workPackageId: target.id, version: target.version });
      else
        await delActivity.mutateAsync({
          projectId,
          activityId: target.id,
          version: target.version,
        });
      toast.success(`${name} deleted`);
      setOpen(false);
      await queryClient.invalidateQueries(trpc.workPackages.pathFilter());
      await queryClient.invalidateQueries(trpc.activities.pathFilter());
      router.refresh();
    } catch (err) {
      setError(describeError(err).message);
    }
  }

  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden /> Delete<span className="sr-only"> {name}</span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) setError(null);
        }}
        title={`Delete ${name}?`}
        description="This is recorded in the audit log and cannot be undone."
        confirmLabel="Delete"
        destructive
        pending={delWp.isPending || delActivity.isPending}
        error={error}
        onConfirm={onConfirm}
      />
    </>
  );
}
