"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/confirm-action";
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
  const remove = useMutation(trpc.policyInstruments.delete.mutationOptions());
  return (
    <ConfirmAction
      size={props.compact ? "sm" : "default"}
      title="Delete this policy instrument?"
      description={`${props.name} disappears from the partnership's list. An instrument with an action plan or recorded improvements cannot be deleted.`}
      confirmLabel="Delete instrument"
      action={async () => {
        const { projectId, instrumentId, version } = props;
        await remove.mutateAsync({ projectId, policyInstrumentId: instrumentId, version });
        await queryClient.invalidateQueries(trpc.policyInstruments.pathFilter());
        router.push(instrumentsUrl(projectId));
        return "Policy instrument deleted";
      }}
    >
      Delete{props.compact ? <span className="sr-only"> {props.name}</span> : " instrument"}
    </ConfirmAction>
  );
}
