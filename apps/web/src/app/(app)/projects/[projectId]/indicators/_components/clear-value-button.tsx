"use client";

import { useMutation } from "@tanstack/react-query";
import { ConfirmAction } from "@/components/confirm-action";
import { useTRPC } from "@/trpc/react";

/** Removes a period's entered value: an override gives way to the computed value again. */
export function ClearValueButton({
  projectId,
  indicatorId,
  code,
  computed,
  periodNumber,
  version,
}: {
  projectId: string;
  indicatorId: string;
  code: string;
  computed: boolean;
  periodNumber: number;
  version: number;
}) {
  const trpc = useTRPC();
  const clear = useMutation(trpc.indicators.clearOverride.mutationOptions());
  const label = computed ? "Clear override" : "Clear value";
  return (
    <ConfirmAction
      variant="ghost"
      size="sm"
      className="h-7 px-2 text-xs"
      title={`${label}: ${code}, period ${periodNumber}`}
      description={
        computed
          ? "The value computed from the records counts again for this period."
          : "The period will have no value for this indicator."
      }
      confirmLabel={label}
      conflictMessage="Someone changed this value meanwhile. The page now shows it; check before clearing."
      action={async () => {
        await clear.mutateAsync({ projectId, indicatorId, periodNumber, version });
        return `${code}: period ${periodNumber} cleared`;
      }}
    >
      {label}
      <span className="sr-only">
        {" "}
        {code}, period {periodNumber}
      </span>
    </ConfirmAction>
  );
}
