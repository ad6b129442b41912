"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describeError } from "@/lib/errors";
import { useTRPC } from "@/trpc/react";

/** One click: the partner's editors are reminded of the period's financial report. */
export function RemindButton({
  projectId,
  partnerId,
  partnerName,
  periodNumber,
}: {
  projectId: string;
  partnerId: string;
  partnerName: string;
  periodNumber: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const mutation = useMutation(trpc.moneyDesk.remind.mutationOptions());

  async function remind() {
    setError(null);
    try {
      const r = await mutation.mutateAsync({ projectId, partnerId, periodNumber });
      setSent(true);
      toast.success(
        `Reminded ${r.people} ${r.people === 1 ? "person" : "people"} at ${partnerName}`,
      );
    } catch (err) {
      const { message, code } = describeError(err);
      setError(message);
      if (code === "CONFLICT") router.refresh();
    }
  }

  return (
    <div className="grid gap-1">
      <Button
        type="button"
        size="sm"
        variant="outline"
        disabled={mutation.isPending}
        onClick={remind}
      >
        {sent ? "Remind again" : "Remind"}
        <span className="sr-only">
          {" "}
          {partnerName} of its report for period {periodNumber}
        </span>
      </Button>
      {sent && !error && <p className="text-xs text-muted-foreground">Reminder sent</p>}
      {error && (
        <p role="alert" className="text-xs text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
