"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
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
  const action = useAction();
  const [sent, setSent] = useState(false);
  const mutation = useMutation(trpc.moneyDesk.remind.mutationOptions());

  async function remind() {
    await action.run(async () => {
      const r = await mutation.mutateAsync({ projectId, partnerId, periodNumber });
      setSent(true);
      toast.success(
        `Reminded ${r.people} ${r.people === 1 ? "person" : "people"} at ${partnerName}`,
      );
    });
  }

  return (
    <div className="grid gap-1">
      <Button type="button" size="sm" variant="outline" disabled={action.pending} onClick={remind}>
        {sent ? "Remind again" : "Remind"}
        <span className="sr-only">
          {" "}
          {partnerName} of its report for period {periodNumber}
        </span>
      </Button>
      {sent && !action.error && <p className="text-xs text-muted-foreground">Reminder sent</p>}
      {action.error && (
        <p role="alert" className="text-xs text-destructive">
          {action.error}
        </p>
      )}
    </div>
  );
}
