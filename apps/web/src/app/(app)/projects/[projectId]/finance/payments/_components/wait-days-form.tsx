"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { TextField } from "@/components/form-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

/** The lead sets after how many days a partner still waiting for its money is flagged. */
export function WaitDaysForm({
  projectId,
  days,
  version,
}: {
  projectId: string;
  days: number;
  version: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [value, setValue] = useState(String(days));
  const action = useAction();
  const save = useMutation(trpc.payments.setWaitDays.mutationOptions());
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const n = Number(value);
        if (!Number.isInteger(n)) {
          action.refuse({ days: ["Give a whole number of days"] });
          return;
        }
        if (!(await action.run(() => save.mutateAsync({ projectId, days: n, version })))) return;
        toast.success(`Partners waiting more than ${n} days are flagged`);
        router.refresh();
      }}
    >
      {action.error && (
        <Alert variant="error" className="w-full">
          {action.error}
        </Alert>
      )}
      <TextField
        label="Flag a partner waiting more than (days)"
        inputMode="numeric"
        className="w-28"
        error={action.fields.days}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" variant="outline" disabled={action.pending}>
        {action.pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
