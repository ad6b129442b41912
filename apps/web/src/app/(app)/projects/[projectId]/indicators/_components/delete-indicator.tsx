"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { describeError } from "@/lib/errors";
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(trpc.indicators.delete.mutationOptions());
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        className="h-8"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete<span className="sr-only"> {code}</span>
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${code}?`}
        description="The indicator leaves the catalogue, and its values leave the reports."
        confirmLabel="Delete indicator"
        destructive
        pending={remove.isPending}
        error={error}
        onConfirm={async () => {
          try {
            await remove.mutateAsync({ projectId, indicatorId, version });
            toast.success(`${code} deleted`);
            setOpen(false);
            router.refresh();
          } catch (err) {
            const { message, code: errCode } = describeError(err);
            setError(
              errCode === "CONFLICT"
                ? "Someone changed this indicator meanwhile. The page now shows it; check before deleting."
                : message,
            );
            if (errCode === "CONFLICT") router.refresh();
          }
        }}
      />
    </>
  );
}
