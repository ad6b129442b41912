"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clear = useMutation(trpc.indicators.clearOverride.mutationOptions());
  const label = computed ? "Clear override" : "Clear value";
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        className="h-7 px-2 text-xs"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
        <span className="sr-only">
          {" "}
          {code}, period {periodNumber}
        </span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`${label}: ${code}, period ${periodNumber}`}
        description={
          computed
            ? "The value computed from the records counts again for this period."
            : "The period will have no value for this indicator."
        }
        confirmLabel={label}
        destructive
        pending={clear.isPending}
        error={error}
        onConfirm={async () => {
          try {
            await clear.mutateAsync({ projectId, indicatorId, periodNumber, version });
            toast.success(`${code}: period ${periodNumber} cleared`);
            setOpen(false);
            router.refresh();
          } catch (err) {
            const { message, code: errCode } = describeError(err);
            setError(
              errCode === "CONFLICT"
                ? "Someone changed this value meanwhile. The page now shows it; check before clearing."
                : message,
            );
            if (errCode === "CONFLICT") router.refresh();
          }
        }}
      />
    </>
  );
}
