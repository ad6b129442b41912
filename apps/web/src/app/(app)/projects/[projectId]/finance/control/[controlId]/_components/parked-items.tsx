"use client";

import type { RouterOutputs } from "@consortia/api/client";
import { CATEGORY_LABELS } from "@consortia/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatEuros } from "@/lib/money-format";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

type Parked = RouterOutputs["control"]["parkedItems"];

/** The partner's parked items not yet carried; its editors take one into a later report. */
export function ParkedItems({ projectId, parked }: { projectId: string; parked: Parked }) {
  const trpc = useTRPC();
  const router = useRouter();
  const carry = useMutation(trpc.control.carry.mutationOptions());
  const action = useAction();
  const [period, setPeriod] = useState<Record<string, string>>({});
  if (parked.items.length === 0)
    return (
      <p className="text-sm text-muted-foreground">No parked item is waiting for a later report.</p>
    );
  return (
    <div className="grid gap-3">
      <ul className="grid gap-3">
        {parked.items.map((i) => (
          <li
            key={i.itemId}
            className="grid gap-2 rounded-md border p-3 text-sm sm:grid-cols-[1fr_auto] sm:items-end"
          >
            <div>
              <p className="font-medium">{i.description}</p>
              <p className="text-muted-foreground">
                {CATEGORY_LABELS[i.category]} · EUR {formatEuros(i.eurCents)} · parked in period{" "}
                {i.periodNumber}
                {i.comment ? ` · ${i.comment}` : ""}
              </p>
            </div>
            {parked.can.carry && (
              <form
                className="flex items-end gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const n = Number(period[i.itemId] ?? i.periodNumber + 1);
                  void action.run(async () => {
                    await carry.mutateAsync({ projectId, itemId: i.itemId, periodNumber: n });
                    toast.success(`Taken into the report of period ${n}`);
                    router.refresh();
                  });
                }}
              >
                <TextField
                  label="Into period"
                  inputMode="numeric"
                  className="w-20"
                  value={period[i.itemId] ?? String(i.periodNumber + 1)}
                  onChange={(e) => setPeriod((p) => ({ ...p, [i.itemId]: e.target.value }))}
                />
                <Button type="submit" size="sm" disabled={action.pending}>
                  Carry<span className="sr-only"> {i.description}</span>
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {action.error && <Alert variant="error">{action.error}</Alert>}
    </div>
  );
}
