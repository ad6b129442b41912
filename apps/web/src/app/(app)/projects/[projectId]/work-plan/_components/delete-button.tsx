"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { ConfirmAction } from "@/components/confirm-action";
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
  const delWp = useMutation(trpc.workPackages.delete.mutationOptions());
  const delActivity = useMutation(trpc.activities.delete.mutationOptions());

  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      title={`Delete ${name}?`}
      description="This is recorded in the audit log and cannot be undone."
      confirmLabel="Delete"
      action={async () => {
        const { id, version } = target;
        if (target.kind === "workPackage")
          await delWp.mutateAsync({ projectId, workPackageId: id, version });
        else await delActivity.mutateAsync({ projectId, activityId: id, version });
        await queryClient.invalidateQueries(trpc.workPackages.pathFilter());
        await queryClient.invalidateQueries(trpc.activities.pathFilter());
        return `${name} deleted`;
      }}
    >
      <Trash2 aria-hidden /> Delete<span className="sr-only"> {name}</span>
    </ConfirmAction>
  );
}
