"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { useTRPC } from "@/trpc/react";

/** Lead coordinators remove an indicator from the catalogue (with its entered values). */
export function DeleteIndicator({
  projectId,
  indicatorId,
  code,
  version,
}: {
  projectId: string;
  indicatorId: string;
  code: string;
  version: number;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.indicators.delete.mutationOptions());
  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      className="h-8"
      title={`Delete ${code}?`}
      description="The indicator leaves the catalogue, and its values leave the reports."
      confirmLabel="Delete indicator"
      conflictMessage="Someone changed this indicator meanwhile. The page now shows it; check before deleting."
      action={async () => {
        await remove.mutateAsync({ projectId, indicatorId, version });
        return `${code} deleted`;
      }}
    >
      Delete<span className="sr-only"> {code}</span>
    </ConfirmAction>
  );
}
