"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/confirm-action";
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
  const remove = useMutation(trpc.improvements.delete.mutationOptions());
  return (
    <ConfirmAction
      title="Delete this policy improvement?"
      description={`${props.title} disappears with its links to actions and practices; its evidence documents stay in the library.`}
      confirmLabel="Delete improvement"
      action={async () => {
        const { projectId, improvementId, version } = props;
        await remove.mutateAsync({ projectId, improvementId, version });
        await queryClient.invalidateQueries(trpc.improvements.pathFilter());
        router.push(improvementsUrl(projectId));
        return "Policy improvement deleted";
      }}
    >
      Delete
    </ConfirmAction>
  );
}
