"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { formatEuros } from "@/lib/money-format";
import { useTRPC } from "@/trpc/react";

/** The lead coordinator approves the draft as version 1: locked from then on. */
export function ApproveBudget({
  projectId,
  version,
  total,
}: {
  projectId: string;
  version: number;
  total: number;
}) {
  const trpc = useTRPC();
  const approve = useMutation(trpc.budget.approve.mutationOptions());
  return (
    <ConfirmAction
      variant="default"
      destructive={false}
      title="Approve the budget?"
      description={`The plan (EUR ${formatEuros(total)}, flat rates included) becomes the approved budget and is locked: neither its amounts nor the categories and flat rates can change afterwards. Later changes come as new versions.`}
      confirmLabel="Approve and lock"
      conflictMessage="Someone changed the draft meanwhile. The page now shows it; check it before approving."
      action={async () => {
        const v = await approve.mutateAsync({ projectId, version });
        return `Budget version ${v.number} approved`;
      }}
    >
      Approve budget
    </ConfirmAction>
  );
}
