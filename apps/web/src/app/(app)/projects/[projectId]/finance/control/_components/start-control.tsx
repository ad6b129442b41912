"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/lib/use-action";
import { useTRPC } from "@/trpc/react";

/** The controller takes a submitted report into control and goes to the control. */
export function StartControl({
  projectId,
  reportId,
  label,
}: {
  projectId: string;
  reportId: string;
  label: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.control.start.mutationOptions());
  const action = useAction();
  return (
    <div className="grid gap-1">
      <Button
        type="button"
        size="sm"
        disabled={action.pending}
        onClick={() =>
          action.run(async () => {
            const c = await start.mutateAsync({ projectId, reportId });
            toast.success(`Taken into control: ${c.items} items`);
            router.push(`/projects/${projectId}/finance/control/${c.id}`);
          })
        }
      >
        Take into control<span className="sr-only"> the report of {label}</span>
      </Button>
      {action.error && <Alert variant="error">{action.error}</Alert>}
    </div>
  );
}
